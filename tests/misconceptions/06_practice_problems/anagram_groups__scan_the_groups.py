"""Misconception: keeping the groups in a list and finding a word's group by scanning it is linear.

Each word is compared with every group so far: O(n * groups) comparisons, O(n^2) in all.

checklist: practice_problems.grouping
"""


def signature(word: str):
    return "".join(sorted(word))


def group_anagrams(words: list[str]) -> list[list[str]]:
    keys: list = []
    groups: list[list[str]] = []
    for word in words:
        key = signature(word)
        if key in keys:
            groups[keys.index(key)].append(word)
        else:
            keys.append(key)
            groups.append([word])
    return groups
