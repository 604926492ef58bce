"""Reference solution for membership_cost.py."""


def shared_items(first: list, second: list) -> list:
    """Return the items of first that also appear in second, in first's order (repeats in first kept)."""
    wanted = set(second)  # one hash per item, then average O(1) per lookup
    return [item for item in first if item in wanted]


def unique_in_order(items: list) -> list:
    """Return the items without repeats: the first occurrence of each, in their original order."""
    return list(dict.fromkeys(items))  # dicts keep insertion order
