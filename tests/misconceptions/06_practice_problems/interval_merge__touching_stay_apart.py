"""Misconception: intervals overlap only when the next one starts strictly before the last ends.

(1, 3) and (3, 5) share the point 3: closed intervals that touch merge.

checklist: practice_problems.intervals
"""


def merge_intervals(intervals) -> list[tuple]:
    merged: list[list] = []
    for start, end in sorted(intervals, key=lambda interval: interval[0]):
        if merged and start < merged[-1][1]:
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
