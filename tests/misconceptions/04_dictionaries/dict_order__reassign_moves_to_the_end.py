"""Misconception: assigning to a key that is already in a dict moves it to the end.

It changes the value and keeps the key's first place.

checklist: dictionaries.insertion_order
"""


def empty_buckets(names) -> dict:
    return {name: [] for name in names}


def same_sequence(first: dict, second: dict) -> bool:
    return list(first.items()) == list(second.items())


def by_last_visit(visits) -> list:
    last = {}
    for index, page in enumerate(visits):
        last[page] = index
    return list(last)
