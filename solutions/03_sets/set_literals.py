"""Reference solution for set_literals.py."""


def empty_tags():
    """Return a new, empty set, ready for tags to be added to it."""
    return set()


def letters_of(word: str) -> set:
    """Return the set of distinct characters in word."""
    return set(word)


def single_tag(tag: str) -> set:
    """Return a set whose only element is the whole string tag."""
    return {tag}
