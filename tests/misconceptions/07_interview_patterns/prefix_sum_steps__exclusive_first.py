"""Misconception: with running totals, the range first..last is running[last] - running[first].

Running totals without a leading 0 make the subtraction drop day `first` (and day 0 unreachable).

checklist: interview_patterns.prefix_sums
"""


class StepLog:
    def __init__(self, daily_steps):
        self._running = list(accumulate(daily_steps))

    def total(self, first: int, last: int) -> int:
        return self._running[last] - self._running[first]
