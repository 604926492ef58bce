"""Alternative: the signature is the multiset of letters, frozenset(Counter(word).items()), in O(k).

No sort per word: the counts of each character, frozen so they can be a dict key (a frozenset of
(char, count) pairs keeps the counts that a frozenset of letters would lose). Groups collect in a
defaultdict instead of setdefault.
"""

from collections import Counter, defaultdict


def signature(word: str):
    return frozenset(Counter(word).items())


def group_anagrams(words: list[str]) -> list[list[str]]:
    groups: defaultdict = defaultdict(list)
    for word in words:
        groups[signature(word)].append(word)
    return list(groups.values())
