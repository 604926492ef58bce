"""Misconception: a loop over the log is simple and fast enough.

Correct, and O(n) per question where O(log n) was asked.

checklist: interview_patterns.binary_search
"""


def count_between(timestamps, start, end):
    return sum(1 for t in timestamps if start <= t < end)


def last_at_or_before(timestamps, moment):
    found = None
    for position, t in enumerate(timestamps):
        if t > moment:
            break
        found = position
    return found
