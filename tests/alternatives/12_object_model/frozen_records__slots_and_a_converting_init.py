"""Alternative: slots=True on GridPoint, and Route converts its stops in a hand-written __init__.

GridPoint is frozen with __slots__ (3.10+), so it is hashable and has no per-instance __dict__.
Route asks dataclass for no __init__ (init=False) and stores tuple(stops) itself with
object.__setattr__, which frozen allows, instead of converting in __post_init__.
"""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class GridPoint:
    x: int
    y: int

    def neighbours(self) -> list:
        """The four points one step up, down, left and right."""
        x, y = self.x, self.y
        return [GridPoint(x, y + 1), GridPoint(x, y - 1), GridPoint(x - 1, y), GridPoint(x + 1, y)]


@dataclass(frozen=True, init=False)
class Route:
    stops: tuple

    def __init__(self, stops):
        object.__setattr__(self, "stops", tuple(stops))
