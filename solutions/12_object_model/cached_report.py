"""Reference solution for cached_report.py."""

import functools


class Report:
    def __init__(self, rows):
        self.rows = list(rows)
        self.computations = 0  # how many times total was really computed

    def __eq__(self, other):
        if not isinstance(other, Report):
            return NotImplemented
        return self.rows == other.rows

    @functools.cached_property
    def total(self):
        # Computed on the first read, then stored in this report's own __dict__ under "total".
        self.computations += 1
        return sum(self.rows)
