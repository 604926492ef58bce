"""Reference solution for frozen_records.py."""

from dataclasses import dataclass


@dataclass(frozen=True)
class GridPoint:
    x: int
    y: int

    def neighbours(self) -> list:
        """The four points one step up, down, left and right."""
        return [GridPoint(self.x + dx, self.y + dy) for dx, dy in ((0, 1), (0, -1), (-1, 0), (1, 0))]


@dataclass(frozen=True)
class Route:
    stops: tuple

    def __post_init__(self):
        # frozen=True blocks self.stops = ...; the generated __init__ uses object.__setattr__ too.
        object.__setattr__(self, "stops", tuple(self.stops))
