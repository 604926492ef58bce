"""Misconception: hashing the object's identity is a safe default hash for any class.

checklist: sets.hashable_elements
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
        return id(self)  # distinct objects, distinct hashes; equal points too

    def __repr__(self):
        return f"Point({self.x}, {self.y})"
