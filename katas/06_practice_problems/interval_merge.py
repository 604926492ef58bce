"""Kata: merge overlapping intervals after sorting.

Task: implement merge_intervals and free_slots.

An interval (start, end) with start <= end holds every point from start to end, both
included. Intervals that overlap or touch ((1, 3) and (3, 5)) merge into one. Sort by
start once, O(n log n), then one pass merges each interval into the last merged one.

The tests pass endpoints that count every comparison made on them, at two input sizes:
comparing every interval with every other one is correct and still fails.
"""


def merge_intervals(intervals) -> list[tuple]:
    """Return the merged intervals as (start, end) tuples sorted by start, leaving the argument as it was.

    merge_intervals([(8, 10), (1, 3), (2, 6), (15, 18), (18, 20)]) == [(1, 6), (8, 10), (15, 20)].
    """
    raise NotImplementedError("merge_intervals: the merged intervals as (start, end) tuples sorted by start, in O(n log n)")


def free_slots(busy, day_start, day_end) -> list[tuple]:
    """Return the free (start, end) slots of the day [day_start, day_end], sorted, each with start < end.

    A slot is a longest stretch of time in the day that no busy interval covers (apart from
    its own endpoints). Busy intervals may reach outside the day; one of zero length takes no time.
    free_slots([(10, 11), (9, 10), (13, 14)], 8, 17) == [(8, 9), (11, 13), (14, 17)].
    """
    raise NotImplementedError("free_slots: the free (start, end) slots of the day, sorted, in O(n log n)")
