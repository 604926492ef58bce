"""Misconception: running totals are the trick, so total() can build them when it is asked.

Correct, but the totals are rebuilt on every question: O(n) each, O(n * q) in all.

checklist: interview_patterns.prefix_sums
"""


class StepLog:
    def __init__(self, daily_steps):
        self._days = list(daily_steps)

    def total(self, first: int, last: int) -> int:
        running = list(accumulate(self._days, initial=0))
        return running[last + 1] - running[first]
