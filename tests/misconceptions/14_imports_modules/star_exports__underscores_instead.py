"""Misconception: renaming imports with underscores is the way to declare a public API.

The star import looks right, but __all__ is missing and the module's names changed.

checklist: imports_modules.imports_execute
override: whole
"""

from math import pi as _pi
from math import sqrt as _sqrt


def _square(x):
    return x * x


def circle_area(radius):
    """The area of a circle."""
    return _pi * _square(radius)


def ring_area(outer, inner):
    """The area between two circles with one centre."""
    return circle_area(outer) - circle_area(inner)


class Circle:
    """A circle known by its area."""

    def __init__(self, area):
        self.radius = _sqrt(area / _pi)
