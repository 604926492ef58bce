"""Misconception: Counter counts 1, 1.0 and True separately, since they are different objects of different types.

They are equal and hash alike, so Counter (a dict) makes them one key.

checklist: dictionaries.equal_keys
"""

from collections import Counter


def tally(values) -> list:
    return list(Counter(values).items())
