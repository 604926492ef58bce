"""Misconception: sorting the argument and returning it gives the caller a sorted copy.

checklist: lists.sort_vs_sorted
"""


def add_tag(tags: list, tag: str) -> list:
    tags.append(tag)
    return tags


def ranked(scores: list) -> list:
    scores.sort(reverse=True)  # reorders the caller's list; the result is that same list
    return scores


def sort_names(names: list) -> None:
    names.sort(key=str.lower)
