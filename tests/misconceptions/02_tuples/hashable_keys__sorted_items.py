"""Misconception: a dict freezes to the sorted tuple of its items.

Hashable, and blind to the difference between {"a": 1} and [["a", 1]]: both give (("a", 1),).

checklist: tuples.shallow_immutability
"""


def freeze(value):
    if isinstance(value, list):
        return tuple(freeze(item) for item in value)
    if isinstance(value, dict):
        return tuple(sorted((key, freeze(item)) for key, item in value.items()))
    return value
