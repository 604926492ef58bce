"""Alternative: one hand-written binary search (the first position whose timestamp passes a test).

first_true(lo, hi, test) halves [lo, hi) until it finds the first position where test holds;
count_between and last_at_or_before are both written with it instead of the bisect module.
"""


def _first_position(timestamps, passes) -> int:
    lo, hi = 0, len(timestamps)
    while lo < hi:
        mid = (lo + hi) // 2
        if passes(timestamps[mid]):
            hi = mid
        else:
            lo = mid + 1
    return lo


def count_between(timestamps, start: int, end: int) -> int:
    if end <= start:
        return 0
    first_inside = _first_position(timestamps, lambda t: t >= start)
    first_after = _first_position(timestamps, lambda t: t >= end)
    return first_after - first_inside


def last_at_or_before(timestamps, moment: int) -> int | None:
    first_later = _first_position(timestamps, lambda t: t > moment)
    return first_later - 1 if first_later else None
