"""Misconception: converting one side to an OrderedDict makes == compare order.

OrderedDict == dict ignores order; only OrderedDict == OrderedDict compares it.

checklist: dictionaries.insertion_order
"""

from collections import OrderedDict


def empty_buckets(names) -> dict:
    return {name: [] for name in names}


def same_sequence(first: dict, second: dict) -> bool:
    return OrderedDict(first) == second


def by_last_visit(visits) -> list:
    last = {}
    for page in visits:
        last.pop(page, None)
        last[page] = True
    return list(last)
