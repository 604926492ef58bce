"""Misconception: a set keeps items in the order they were added, so it de-duplicates in order.

checklist: lists.operation_cost
"""


def shared_items(first: list, second: list) -> list:
    wanted = set(second)
    return [item for item in first if item in wanted]


def unique_in_order(items: list) -> list:
    return list(set(items))  # fast, but a set's order is not the input's order
