"""Reference solution for dict_grouping.py."""

from collections import Counter, defaultdict


def group_by(items, key, factory=list) -> dict:
    """Group items by key(item): {group key: container of the items, in order}.

    factory() makes one empty container per group (a list unless told otherwise) and must
    be called once per group, never more. The result is a plain dict: reading a group that
    does not exist raises KeyError and adds nothing.
    """
    groups = defaultdict(factory)
    for item in items:
        groups[key(item)].append(item)
    return dict(groups)


def top_words(words, n: int) -> list:
    """The n most frequent words as [(word, count), ...], most frequent first.

    Words with equal counts come in the order each was first seen. Fewer than n distinct
    words give all of them.
    """
    return Counter(words).most_common(n)
