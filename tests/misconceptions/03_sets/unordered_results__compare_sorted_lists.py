"""Misconception: comparing the sorted lists compares their members.

checklist: sets.no_order
"""


def sorted_unique(words: list) -> list:
    return sorted(set(words))


def tag_line(tags: set) -> str:
    return " ".join("#" + tag for tag in sorted(tags))


def same_members(first: list, second: list) -> bool:
    return sorted(first) == sorted(second)  # repeats count: [1, 1, 2] != [1, 2]
