"""Misconception: de-duplicating in order of first appearance gives a sorted result.

checklist: sets.no_order
"""


def sorted_unique(words: list) -> list:
    return list(dict.fromkeys(words))  # insertion order, not alphabetical


def tag_line(tags: set) -> str:
    return " ".join("#" + tag for tag in sorted(tags))


def same_members(first: list, second: list) -> bool:
    return set(first) == set(second)
