"""Misconception: the set of a word's letters is its anagram signature.

frozenset("aab") == frozenset("abb"): it forgets how many times each letter occurs.

checklist: practice_problems.grouping
"""


def signature(word: str):
    return frozenset(word)


def group_anagrams(words: list[str]) -> list[list[str]]:
    groups: dict = {}
    for word in words:
        groups.setdefault(signature(word), []).append(word)
    return list(groups.values())
