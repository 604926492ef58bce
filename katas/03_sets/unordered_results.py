"""Kata: never rely on the order of a set.

Task: sorted_unique, tag_line and same_members below pass a quick try in the REPL and are
wrong. Fix them so every docstring holds for any input.

A set iterates in the order of its hash table: it depends on the elements' hashes (random
per process for strings), on the table's size and on the order of insertion. Sort when
order matters; compare sets as sets.
"""


def sorted_unique(words: list) -> list:
    """Return the distinct words in alphabetical order."""
    return list(set(words))


def tag_line(tags: set) -> str:
    """Return the tags as one line, alphabetical, each with a leading #: {"b", "a"} -> "#a #b"."""
    return " ".join("#" + tag for tag in tags)


def same_members(first: list, second: list) -> bool:
    """Return True when the two lists hold the same items, ignoring order and repeats."""
    return list(set(first)) == list(set(second))
