"""Reference solution for bisect_timestamps.py: bisect_left and bisect_right, and their difference."""

from bisect import bisect_left, bisect_right


def count_between(timestamps, start: int, end: int) -> int:
    if end <= start:
        return 0
    return bisect_left(timestamps, end) - bisect_left(timestamps, start)


def last_at_or_before(timestamps, moment: int) -> int | None:
    after = bisect_right(timestamps, moment)  # first position with a timestamp > moment
    return after - 1 if after else None
