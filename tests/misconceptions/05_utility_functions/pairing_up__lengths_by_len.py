"""Misconception: comparing len(keys) with len(values) is a strict pairing.

Iterators have no len(); the task takes any iterables.

checklist: utility_functions.enumerate_zip
"""


def pair_strictly(keys, values) -> dict:
    if len(keys) != len(values):
        raise ValueError("lengths differ")
    return dict(zip(keys, values))
