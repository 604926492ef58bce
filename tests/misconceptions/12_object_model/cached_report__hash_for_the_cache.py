"""Misconception: lru_cache on a method only needs a __hash__ to work.

It works, but the function's cache keeps every report as a key, and equal reports share one
cached result, so the second one never computes its own.

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

    def __hash__(self):
        return hash(tuple(self.rows))

    @property
    @functools.lru_cache(maxsize=None)
    def total(self):
        self.computations += 1
        return sum(self.rows)
