"""Kata: 1, 1.0 and True are one dict key.

Task: implement tally(values), which counts each distinct value, where True, 1 and 1.0 are
three different values (as they are in JSON), though Python finds them equal.

A dict finds a key by its hash and ==. hash(1) == hash(1.0) == hash(True), and
1 == 1.0 == True, so as keys they are one key.
"""


def tally(values) -> list:
    """Return [(value, count), ...], one pair per distinct value, in the order first seen.

    Two values are the same value only if they have the same type and are equal: 1, 1.0
    and True are three values, 2 and 2 are one. values holds None, bools, ints, floats and
    strs; the value in each pair is its first occurrence.
    """
    raise NotImplementedError("tally: count the values, telling True, 1 and 1.0 apart")
