"""Alternative: a Counter over (type, value) keys made by map(), read back in first-seen order.

The reference counts by hand into a dict with get(key, 0) + 1. Here Counter does the counting,
but of `(type(value), value)` pairs, so 1, 1.0 and True stay three keys; a Counter is a dict, so
it keeps the order in which each key was first seen, and the first tuple keeps the first value.
"""

from collections import Counter


def tally(values) -> list:
    counts = Counter(map(lambda value: (type(value), value), values))
    return [(value, count) for (_type, value), count in counts.items()]
