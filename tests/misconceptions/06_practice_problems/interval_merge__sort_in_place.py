"""Misconception: intervals.sort() is the cheap way to sort the input first.

It reorders the caller's list: a function asked for merged intervals must not change its argument.

checklist: practice_problems.intervals
"""


def merge_intervals(intervals) -> list[tuple]:
    if not isinstance(intervals, list):
        intervals = list(intervals)
    intervals.sort(key=lambda interval: interval[0])
    merged: list[list] = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(end, merged[-1][1])
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


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
