"""Misconception: frozen=True makes a dataclass immutable all the way down, so a list field is safe once hashed.

frozen only blocks assigning the field; the list in it can still change, and the hash with it.

checklist: object_model.hashability
"""


@dataclass(frozen=True)
class GridPoint:
    x: int
    y: int

    def neighbours(self) -> list:
        return [GridPoint(self.x + dx, self.y + dy) for dx, dy in ((0, 1), (0, -1), (-1, 0), (1, 0))]


@dataclass(frozen=True)
class Route:
    stops: list

    def __post_init__(self):
        object.__setattr__(self, "stops", list(self.stops))

    def __hash__(self) -> int:
        return hash(tuple(self.stops))
