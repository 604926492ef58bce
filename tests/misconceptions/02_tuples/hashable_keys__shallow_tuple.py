"""Misconception: converting the outer list or dict to a tuple makes the value hashable.

Immutability is shallow: a tuple that holds a list or a dict is unhashable.

checklist: tuples.shallow_immutability
"""


def freeze(value):
    if isinstance(value, list):
        return tuple(value)
    if isinstance(value, dict):
        return tuple(sorted(value.items()))
    return value
