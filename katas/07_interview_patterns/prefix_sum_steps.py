"""Kata: prefix sums, for range totals asked again and again.

Task: StepLog(daily_steps) holds one step count per day (day 0, day 1, ...).
log.total(first, last) returns the steps walked from day `first` to day `last`, both days
included (0 <= first <= last < number of days).

A dashboard asks thousands of these questions about the same log: build something once in
O(n), then answer every question in O(1), however long its range.
"""


class StepLog:
    def __init__(self, daily_steps):
        raise NotImplementedError("StepLog: take the daily steps, in O(n), ready for many total() questions")

    def total(self, first: int, last: int) -> int:
        """Steps walked from day first to day last, both included."""
        raise NotImplementedError("total: the steps from day first to day last, both included, in O(1)")
