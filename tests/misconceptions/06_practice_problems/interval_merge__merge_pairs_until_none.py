"""Misconception: merging any two overlapping intervals until no pair overlaps needs no sorting.

Correct, and every round compares every pair: O(n^2) comparisons at least.

checklist: practice_problems.intervals
"""


def merge_intervals(intervals) -> list[tuple]:
    result = [tuple(interval) for interval in intervals]
    changed = True
    while changed:
        changed = False
        for i in range(len(result)):
            for j in range(i + 1, len(result)):
                (a, b), (c, d) = result[i], result[j]
                if a <= d and c <= b:
                    result[i] = (min(a, c), max(b, d))
                    del result[j]
                    changed = True
                    break
            if changed:
                break
    return sorted(result)


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
