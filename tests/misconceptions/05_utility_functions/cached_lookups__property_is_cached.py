"""Misconception: @property computes its value once and remembers it.

checklist: utility_functions.itertools_functools
"""


class Report:
    computations = 0

    def __init__(self, rows):
        self.rows = rows

    @property
    def total(self):
        Report.computations += 1
        return sum(self.rows)
