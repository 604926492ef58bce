"""Reference solution for unordered_results.py."""


def sorted_unique(words: list) -> list:
    """Return the distinct words in alphabetical order."""
    return sorted(set(words))


def tag_line(tags: set) -> str:
    """Return the tags as one line, alphabetical, each with a leading #."""
    return " ".join("#" + tag for tag in sorted(tags))


def same_members(first: list, second: list) -> bool:
    """Return True when the two lists hold the same items, ignoring order and repeats."""
    return set(first) == set(second)
