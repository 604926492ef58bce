"""Misconception: bisect_right is "the right one"; use it for both ends of the range.

bisect_right(start) skips the timestamps equal to start, and bisect_right(end) counts those
equal to end: the range becomes (start, end].

checklist: interview_patterns.binary_search
"""

from bisect import bisect_right


def count_between(timestamps, start, end):
    return max(0, bisect_right(timestamps, end) - bisect_right(timestamps, start))


def last_at_or_before(timestamps, moment):
    after = bisect_right(timestamps, moment)
    return after - 1 if after else None
