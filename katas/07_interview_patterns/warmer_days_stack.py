"""Kata: a monotonic stack for "the next greater element".

Task: days_until_warmer(temperatures) returns a list with, for each day, how many days you
wait for a strictly warmer day (0 when none comes).

    days_until_warmer([73, 74, 75, 71, 69, 72, 76, 73])  ->  [1, 1, 4, 2, 1, 1, 0, 0]

O(n): keep a stack of the days still waiting for their answer. Each day is pushed once and
popped at most once, so the comparisons add up to at most about 2n.
"""


def days_until_warmer(temperatures: list[int]) -> list[int]:
    raise NotImplementedError("days_until_warmer: for each day, the days until a strictly warmer one (0 if none), in O(n)")
