"""Alternative: a plain property that caches by hand in the instance's own __dict__.

What functools.cached_property does, written out: the first read computes and stores the value
under a private name on this report, later reads find it there, and the cache dies with the
report. No hashing of self, no cache shared between reports.
"""


class Report:
    def __init__(self, rows):
        self.rows = list(rows)
        self.computations = 0  # how many times total was really computed

    def __eq__(self, other):
        if not isinstance(other, Report):
            return NotImplemented
        return self.rows == other.rows

    @property
    def total(self):
        try:
            return self._total
        except AttributeError:
            self.computations += 1
            self._total = sum(self.rows)
            return self._total
