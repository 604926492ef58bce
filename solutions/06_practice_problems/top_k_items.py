"""Reference solution for top_k_items.py: heapq.nlargest and Counter.most_common."""

import heapq
from collections import Counter


def largest(values: list, k: int) -> list:
    """Return the k largest values, largest first (all of them if there are fewer than k)."""
    return heapq.nlargest(k, values)


def most_frequent(words: list, k: int) -> list[tuple]:
    """Return the k most common words as (word, count) pairs, most common first."""
    return Counter(words).most_common(k)
