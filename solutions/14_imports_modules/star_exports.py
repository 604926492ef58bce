"""Reference solution for star_exports.py."""

from math import pi, sqrt

__all__ = ["circle_area", "ring_area", "Circle"]


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
