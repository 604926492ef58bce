"""Misconception: a defaultdict is a dict, so returning it to callers is harmless.

Every lookup of a missing key by a caller inserts an empty group.

checklist: dictionaries.helpers
"""


def group_by(items, key, factory=list) -> dict:
    groups = defaultdict(factory)
    for item in items:
        groups[key(item)].append(item)
    return groups


def top_words(words, n: int) -> list:
    return Counter(words).most_common(n)
