"""Reference solution for interval_merge.py: sort by start, then one pass."""


def merge_intervals(intervals) -> list[tuple]:
    """Return the merged intervals as (start, end) tuples sorted by start, leaving the argument as it was."""
    merged: list[list] = []
    for start, end in sorted(intervals, key=lambda interval: interval[0]):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def free_slots(busy, day_start, day_end) -> list[tuple]:
    """Return the free (start, end) slots of the day [day_start, day_end], sorted, each with start < end."""
    slots = []
    free_from = day_start
    for start, end in merge_intervals((start, end) for start, end in busy if start < end):
        if start > free_from:
            slots.append((free_from, min(start, day_end)))
        if end > free_from:
            free_from = end
        if free_from >= day_end:
            break
    if free_from < day_end:
        slots.append((free_from, day_end))
    return slots
