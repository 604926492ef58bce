"""Kata: __all__ and `from module import *`.

Task: `from star_exports import *` should give exactly this module's public API: circle_area,
ring_area and Circle. Declare it with __all__, without renaming or removing anything below.

Without __all__, a star import takes every name that does not start with an underscore,
including the names this module imported for its own use.
"""

from math import pi, sqrt


def _square(x):
    return x * x


def circle_area(radius):
    """The area of a circle."""
    return pi * _square(radius)


def ring_area(outer, inner):
    """The area between two circles with one centre."""
    return circle_area(outer) - circle_area(inner)


class Circle:
    """A circle known by its area."""

    def __init__(self, area):
        self.radius = sqrt(area / pi)
