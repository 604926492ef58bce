"""Misconception: bisect_left(moment) - 1 is the last timestamp at or before moment.

bisect_left stops before the timestamps equal to moment: the answer is the last one strictly
before it.

checklist: interview_patterns.binary_search
"""

from bisect import bisect_left


def count_between(timestamps, start, end):
    if end <= start:
        return 0
    return bisect_left(timestamps, end) - bisect_left(timestamps, start)


def last_at_or_before(timestamps, moment):
    before = bisect_left(timestamps, moment)
    return before - 1 if before else None
