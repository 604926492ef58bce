"""Misconception: pairing with zip() is enough to notice inputs of different lengths.

checklist: utility_functions.enumerate_zip
"""


def pair_strictly(keys, values) -> dict:
    return dict(zip(keys, values))
