"""Alternative: set displays with unpacking and a set() call over a one-item list.

The reference calls set(), set(word) and writes {tag}. Here the empty set is `{*()}` (a set
display that unpacks nothing: braces with a star are never a dict), the letters are unpacked
into a display, and the single tag goes through set() inside a list, so the string is not iterated.
"""


def empty_tags():
    return {*()}


def letters_of(word: str) -> set:
    return {*word}


def single_tag(tag: str) -> set:
    return set([tag])
