"""Misconception: lru_cache under @property caches per instance and costs nothing else.

Its one cache keys every entry by self, so no report is ever freed.

checklist: utility_functions.itertools_functools
"""


class Report:
    computations = 0

    def __init__(self, rows):
        self.rows = rows

    @property
    @lru_cache(maxsize=None)
    def total(self):
        Report.computations += 1
        return sum(self.rows)
