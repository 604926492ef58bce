"""Alternative: an export decorator fills __all__ as each public definition is made.

The list can never name something that does not exist, and the decorator itself stays out of
it. Same public API: circle_area, ring_area and Circle.
"""

from math import pi, sqrt

__all__ = []


def _export(definition):
    __all__.append(definition.__name__)
    return definition


def _square(x):
    return x * x


@_export
def circle_area(radius):
    """The area of a circle."""
    return pi * _square(radius)


@_export
def ring_area(outer, inner):
    """The area between two circles with one centre."""
    return circle_area(outer) - circle_area(inner)


@_export
class Circle:
    """A circle known by its area."""

    def __init__(self, area):
        self.radius = sqrt(area / pi)
