"""Misconception: sorting everything and slicing off k is as good as a heap.

Correct results by a different algorithm: O(n log n) comparisons where a heap of k items
needs O(n log k).

checklist: practice_problems.top_k
"""


def largest(values: list, k: int) -> list:
    return sorted(values, reverse=True)[:k]


def most_frequent(words: list, k: int) -> list[tuple]:
    return Counter(words).most_common(k)
