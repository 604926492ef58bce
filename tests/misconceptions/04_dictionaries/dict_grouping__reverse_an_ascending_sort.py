"""Misconception: reversing an ascending sort by count is the same as ranking by count.

Reversing also reverses the order of ties: the word seen last comes first.

checklist: dictionaries.helpers
"""

from collections import defaultdict


def group_by(items, key, factory=list) -> dict:
    groups = defaultdict(factory)
    for item in items:
        groups[key(item)].append(item)
    return dict(groups)


def top_words(words, n: int) -> list:
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda pair: pair[1])[::-1][:n]
