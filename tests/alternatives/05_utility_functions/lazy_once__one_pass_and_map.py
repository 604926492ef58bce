"""Alternative: one pass that tracks min and max, filter() turned into a list, list(map(...)), and map with repeat().

The reference builds lists with comprehensions and returns a generator expression. Here spread
reads the readings once, keeping the smallest and largest so far (no list at all); describe
materialises filter(); checked_ints materialises map(int, ...) at once, so a bad text raises
immediately; scaled maps multiplication over the stream and an endless repeat of the factor.
"""

from itertools import repeat
from operator import mul


def spread(readings):
    low = high = None
    for reading in readings:
        value = float(reading)
        if low is None:
            low = high = value
        else:
            low, high = min(low, value), max(high, value)
    if low is None:
        raise ValueError("spread() of no readings")
    return high - low


def describe(words):
    kept = list(filter(None, map(str.strip, words)))
    if not kept:
        return "no words"
    return f"{len(kept)} words: {', '.join(kept)}"


def checked_ints(texts) -> list:
    return list(map(int, texts))


def scaled(stream, factor):
    return map(mul, stream, repeat(factor))
