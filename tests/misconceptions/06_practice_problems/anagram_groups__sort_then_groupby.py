"""Misconception: sorting the words by signature and using itertools.groupby is as good as a dict.

Correct groups, in the right order, by a different algorithm: O(n log n) comparisons of
signatures where a dict needs O(n) lookups.

checklist: practice_problems.grouping
"""

import itertools


def signature(word: str):
    return "".join(sorted(word))


def group_anagrams(words: list[str]) -> list[list[str]]:
    keyed = sorted(((signature(word), position, word) for position, word in enumerate(words)), key=lambda t: t[0])
    groups = [list(run) for _, run in itertools.groupby(keyed, key=lambda t: t[0])]
    groups.sort(key=lambda run: run[0][1])  # back to the order of first appearance
    return [[word for _, _, word in run] for run in groups]
