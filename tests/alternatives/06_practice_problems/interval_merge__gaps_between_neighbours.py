"""Alternative: merge into a list of tuples with a running (start, end), and free slots as gaps.

merge_intervals keeps the interval being built in two variables and emits it when the next
start lies beyond its end. free_slots clips the busy intervals to the day first, then reads the
free slots as the gaps between neighbours of the merged list, with sentinels at both ends of the day.
"""

from itertools import pairwise


def merge_intervals(intervals) -> list[tuple]:
    merged: list[tuple] = []
    current = None
    for start, end in sorted(intervals, key=lambda interval: interval[0]):
        if current is None:
            current = (start, end)
        elif start <= current[1]:
            current = (current[0], max(current[1], end))
        else:
            merged.append(current)
            current = (start, end)
    if current is not None:
        merged.append(current)
    return merged


def free_slots(busy, day_start, day_end) -> list[tuple]:
    inside = [(max(start, day_start), min(end, day_end)) for start, end in busy]
    merged = merge_intervals((start, end) for start, end in inside if start < end)
    edges = [(day_start, day_start), *merged, (day_end, day_end)]
    return [(before[1], after[0]) for before, after in pairwise(edges) if before[1] < after[0]]
