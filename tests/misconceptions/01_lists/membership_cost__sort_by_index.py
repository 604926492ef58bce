"""Misconception: restoring the order with items.index costs nothing worth counting.

checklist: lists.operation_cost
"""


def shared_items(first: list, second: list) -> list:
    return [item for item in first if item in second]  # a linear scan of second for every item of first


def unique_in_order(items: list) -> list:
    return sorted(set(items), key=items.index)  # items.index is a linear scan per item
