"""Reference solution for anagram_groups.py: the sorted characters as the key of a dict of lists."""


def signature(word: str):
    """Return a hashable value, equal for two words exactly when they are anagrams."""
    return "".join(sorted(word))


def group_anagrams(words: list[str]) -> list[list[str]]:
    """Group the words that are anagrams of each other, using signature(word) for each word."""
    groups: dict = {}
    for word in words:
        groups.setdefault(signature(word), []).append(word)
    return list(groups.values())
