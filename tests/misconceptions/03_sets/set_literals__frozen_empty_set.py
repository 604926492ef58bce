"""Misconception: any empty set-like value will do where an empty set is asked for.

checklist: sets.empty_braces
"""


def empty_tags():
    return frozenset()  # a set type, but tags cannot be added to it


def letters_of(word: str) -> set:
    return set(word)


def single_tag(tag: str) -> set:
    return {tag}
