"""Misconception: `dict.fromkeys(names, list())` gives every key a fresh list, since list() makes a new one.

list() runs once, before fromkeys is called: every key still shares that one list.

checklist: dictionaries.insertion_order
"""


def empty_buckets(names) -> dict:
    return dict.fromkeys(names, list())


def same_sequence(first: dict, second: dict) -> bool:
    return list(first.items()) == list(second.items())


def by_last_visit(visits) -> list:
    last = {}
    for page in visits:
        last.pop(page, None)
        last[page] = True
    return list(last)
