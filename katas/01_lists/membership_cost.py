"""Kata: `in` on a list is a linear search.

Task: implement shared_items and unique_in_order so their cost grows in proportion to the
length of their input (the tests count how often items are hashed and compared).

A list finds `x in items` by comparing x with items[0], items[1], ... until one is equal:
n comparisons for n items. Doing that once per item of another list is n * m work.
"""


def shared_items(first: list, second: list) -> list:
    """Return the items of first that also appear in second, in first's order (repeats in first kept).

    Items are hashable. shared_items([3, 1, 2, 3], [2, 3]) == [3, 2, 3].
    """
    raise NotImplementedError("shared_items: the items of first that are in second, in first's order")


def unique_in_order(items: list) -> list:
    """Return the items without repeats: the first occurrence of each, in their original order.

    Items are hashable. unique_in_order(["b", "a", "b", "c", "a"]) == ["b", "a", "c"].
    """
    raise NotImplementedError("unique_in_order: drop repeats, keep the first occurrence of each, in order")
