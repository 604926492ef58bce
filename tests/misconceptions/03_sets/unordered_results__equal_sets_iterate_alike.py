"""Misconception: two equal sets always iterate in the same order.

checklist: sets.no_order
"""


def sorted_unique(words: list) -> list:
    return sorted(set(words))


def tag_line(tags: set) -> str:
    return " ".join("#" + tag for tag in sorted(tags))


def same_members(first: list, second: list) -> bool:
    return list(set(first)) == list(set(second))
