"""Misconception: hashing one of the compared fields spreads points well enough.

checklist: sets.membership_algebra
"""


class Point:
    """An immutable point on a grid: Point(1, 2) == Point(1, 2)."""

    __slots__ = ("x", "y")

    def __init__(self, x: int, y: int):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError("Point is immutable")

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash(self.x)  # equal points agree on x, so this is consistent with __eq__

    def __repr__(self):
        return f"Point({self.x}, {self.y})"
