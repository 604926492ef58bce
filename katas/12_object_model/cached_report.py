"""Kata: cache a method's result without keeping every object alive.

Task: Report.total is expensive, so someone cached it with functools.lru_cache, and now reading
it fails. Fix it so that:

- total is read as an attribute (report.total) and computed at most once per report;
- reports stay equal when their rows are equal, and each report has its own total;
- a report is freed as soon as nothing else refers to it.

The cache of lru_cache belongs to the function, not to an object: a method's cache holds
every `self` it was ever called with, as a key.
"""

import functools


class Report:
    def __init__(self, rows):
        self.rows = list(rows)
        self.computations = 0  # how many times total was really computed

    def __eq__(self, other):
        if not isinstance(other, Report):
            return NotImplemented
        return self.rows == other.rows

    @property
    @functools.lru_cache(maxsize=None)
    def total(self):
        self.computations += 1
        return sum(self.rows)
