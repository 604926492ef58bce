"""Misconception: binary search finds where the range starts; from there, walk to its end.

Correct, with a different algorithm from two binary searches, and O(log n + k): a range
holding most of the log reads most of the log. The same walk over repeats in last_at_or_before.

checklist: interview_patterns.binary_search
"""

from bisect import bisect_left


def count_between(timestamps, start, end):
    position = bisect_left(timestamps, start)
    count = 0
    while position < len(timestamps) and timestamps[position] < end:
        count += 1
        position += 1
    return count


def last_at_or_before(timestamps, moment):
    position = bisect_left(timestamps, moment)
    while position < len(timestamps) and timestamps[position] == moment:
        position += 1
    return position - 1 if position else None
