"""Misconception: unsafe_hash=True is the way to make a dataclass hashable.

It generates a hash from the fields but leaves them assignable: move a point that is in a set
and the set can no longer find it (the lost-key trap).

checklist: object_model.hashability
"""


@dataclass(unsafe_hash=True)
class GridPoint:
    x: int
    y: int

    def neighbours(self) -> list:
        return [GridPoint(self.x + dx, self.y + dy) for dx, dy in ((0, 1), (0, -1), (-1, 0), (1, 0))]
