"""Misconception: without sorting, checking each interval against the merged ones so far is linear.

Each interval is compared with every merged interval: O(n^2) when most stay apart. It is
also wrong when a new interval bridges two merged ones.

checklist: practice_problems.intervals
"""


def merge_intervals(intervals) -> list[tuple]:
    merged: list[list] = []
    for start, end in intervals:
        for interval in merged:
            if start <= interval[1] and interval[0] <= end:
                interval[0], interval[1] = min(start, interval[0]), max(end, interval[1])
                break
        else:
            merged.append([start, end])
    return sorted((start, end) for start, end in merged)


def free_slots(busy, day_start, day_end) -> list[tuple]:
    slots = []
    free_from = day_start
    for start, end in merge_intervals((start, end) for start, end in busy if start < end):
        if start > free_from:
            slots.append((free_from, min(start, day_end)))
        free_from = max(free_from, end)
        if free_from >= day_end:
            break
    if free_from < day_end:
        slots.append((free_from, day_end))
    return slots
