"""Misconception: keeping the days and adding up the slice is fast enough, since sum() is in C.

Correct totals, but each question costs O(range length): n questions about long ranges are O(n^2).

checklist: interview_patterns.prefix_sums
"""


class StepLog:
    def __init__(self, daily_steps):
        self._days = list(daily_steps)

    def total(self, first: int, last: int) -> int:
        return sum(self._days[first : last + 1])
