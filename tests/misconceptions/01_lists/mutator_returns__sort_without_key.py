"""Misconception: sort() already orders words alphabetically, whatever their case.

checklist: lists.sort_vs_sorted
"""


def add_tag(tags: list, tag: str) -> list:
    tags.append(tag)
    return tags


def ranked(scores: list) -> list:
    return sorted(scores, reverse=True)


def sort_names(names: list) -> None:
    names.sort()  # compares code points: every capital letter sorts before every small one
