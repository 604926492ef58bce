"""Reference solution for exact_tally.py."""


def tally(values) -> list:
    """Return [(value, count), ...], one pair per distinct value, in the order first seen.

    Two values are the same value only if they have the same type and are equal: 1, 1.0
    and True are three values, 2 and 2 are one. values holds None, bools, ints, floats and
    strs; the value in each pair is its first occurrence.
    """
    counts = {}
    for value in values:
        key = (type(value), value)
        counts[key] = counts.get(key, 0) + 1
    return [(value, count) for (_type, value), count in counts.items()]
