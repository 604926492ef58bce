"""Misconception: the sum of the character codes identifies a word's letters.

Cheap and order-free, but "ad" and "bc" collide: a signature must be equal only for anagrams.

checklist: practice_problems.grouping
"""


def signature(word: str):
    return sum(map(ord, word))


def group_anagrams(words: list[str]) -> list[list[str]]:
    groups: dict = {}
    for word in words:
        groups.setdefault(signature(word), []).append(word)
    return list(groups.values())
