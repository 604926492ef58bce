"""Reference solution for dict_order.py."""


def empty_buckets(names) -> dict:
    """{name: []} for every name, in order, each name with an empty list of its own."""
    return {name: [] for name in names}


def same_sequence(first: dict, second: dict) -> bool:
    """True if both dicts hold the same keys with equal values, in the same order."""
    return list(first.items()) == list(second.items())


def by_last_visit(visits) -> list:
    """The distinct pages in visits, ordered by the time each was last visited, oldest first."""
    last = {}
    for page in visits:
        last.pop(page, None)
        last[page] = True
    return list(last)
