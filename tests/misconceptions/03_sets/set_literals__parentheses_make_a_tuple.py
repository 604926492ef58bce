"""Misconception: wrapping a string in parentheses makes a one-item tuple, so set((tag)) holds the whole tag.

checklist: none
"""


def empty_tags():
    return set()


def letters_of(word: str) -> set:
    return set(word)


def single_tag(tag: str) -> set:
    return set((tag))  # (tag) is just tag: the comma makes a tuple, not the parentheses
