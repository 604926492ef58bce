"""Misconception: eq=False makes a dataclass hashable, so it is the fix.

It is hashable because equality falls back to identity: two equal points are two keys.

checklist: object_model.hashability
"""


@dataclass(eq=False)
class GridPoint:
    x: int
    y: int

    def neighbours(self) -> list:
        return [GridPoint(self.x + dx, self.y + dy) for dx, dy in ((0, 1), (0, -1), (-1, 0), (1, 0))]


@dataclass(eq=False, frozen=True)
class Route:
    stops: tuple

    def __post_init__(self):
        object.__setattr__(self, "stops", tuple(self.stops))
