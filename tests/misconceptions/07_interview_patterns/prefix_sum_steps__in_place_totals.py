"""Misconception: the running totals can be written over the input list; no need for a copy.

Fast and correct for the log, but the caller's list of daily steps now holds running totals.

checklist: interview_patterns.prefix_sums
"""


class StepLog:
    def __init__(self, daily_steps):
        for day in range(1, len(daily_steps)):
            daily_steps[day] += daily_steps[day - 1]
        self._running = daily_steps

    def total(self, first: int, last: int) -> int:
        return self._running[last] - (self._running[first - 1] if first else 0)
