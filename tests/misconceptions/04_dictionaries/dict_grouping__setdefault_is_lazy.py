"""Misconception: setdefault builds its default only when the key is missing.

Its arguments are evaluated before the call: factory() runs for every item.

checklist: dictionaries.helpers
"""

from collections import Counter


def group_by(items, key, factory=list) -> dict:
    groups = {}
    for item in items:
        groups.setdefault(key(item), factory()).append(item)
    return groups


def top_words(words, n: int) -> list:
    return Counter(words).most_common(n)
