"""Reference solution for prefix_sum_steps.py: running totals with a leading 0."""

from itertools import accumulate


class StepLog:
    def __init__(self, daily_steps):
        # running[d] is the total of the days before day d, so running[0] == 0.
        self._running = list(accumulate(daily_steps, initial=0))

    def total(self, first: int, last: int) -> int:
        """Steps walked from day first to day last, both included."""
        return self._running[last + 1] - self._running[first]
