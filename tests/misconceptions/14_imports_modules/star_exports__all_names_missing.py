"""Misconception: __all__ may list names the module does not define.

The star import then raises AttributeError.

checklist: imports_modules.imports_execute
"""

from math import pi, sqrt

__all__ = ["circle_area", "ring_area", "Circle", "square_area"]


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
