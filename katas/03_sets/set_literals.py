"""Kata: writing a set down.

Task: empty_tags, letters_of and single_tag below each build the wrong object. Fix them so
every docstring holds.

Braces make a set only when they hold elements: `{}` was a dict long before sets had a
literal. set(iterable) takes the elements out of one iterable; a string is an iterable of
its characters.
"""


def empty_tags():
    """Return a new, empty set, ready for tags to be added to it."""
    return {}


def letters_of(word: str) -> set:
    """Return the set of distinct characters in word: letters_of("noon") == {"n", "o"}."""
    return {word}


def single_tag(tag: str) -> set:
    """Return a set whose only element is the whole string tag: single_tag("python") has one element."""
    return set(tag)
