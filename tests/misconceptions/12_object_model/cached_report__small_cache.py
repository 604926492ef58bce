"""Misconception: a bounded lru_cache (maxsize=1) on a method cannot keep objects alive.

It keeps fewer, not none: the last report read stays in the cache after everyone else let it go.

checklist: none
"""


class Report:
    def __init__(self, rows):
        self.rows = list(rows)
        self.computations = 0

    def __eq__(self, other):
        if not isinstance(other, Report):
            return NotImplemented
        return self.rows == other.rows

    __hash__ = object.__hash__

    @property
    @functools.lru_cache(maxsize=1)
    def total(self):
        self.computations += 1
        return sum(self.rows)
