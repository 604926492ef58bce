"""Kata: insertion order, and where it does and does not count.

Task: each function below gets a dict's order, or its sharing, wrong. Fix them so every
docstring holds.

A dict keeps its keys in insertion order. Assigning to a key that is already there changes
its value and keeps its place; only deleting and inserting it again moves it to the end.
Two dicts are equal when they hold the same pairs, in any order.
"""


def empty_buckets(names) -> dict:
    """{name: []} for every name, in order, each name with an empty list of its own."""
    return dict.fromkeys(names, [])


def same_sequence(first: dict, second: dict) -> bool:
    """True if both dicts hold the same keys with equal values, in the same order."""
    return first == second


def by_last_visit(visits) -> list:
    """The distinct pages in visits, ordered by the time each was last visited, oldest first."""
    last = {}
    for page in visits:
        last[page] = True
    return list(last)
