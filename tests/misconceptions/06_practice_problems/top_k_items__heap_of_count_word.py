"""Misconception: a heap of (count, word) pairs gives the most common words in the right order.

Equal counts fall back to comparing the words: ties come out in reverse alphabetical order,
not in the order of first appearance.

checklist: practice_problems.top_k
"""


def largest(values: list, k: int) -> list:
    return heapq.nlargest(k, values)


def most_frequent(words: list, k: int) -> list[tuple]:
    counts: dict = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return [(word, count) for count, word in heapq.nlargest(k, ((c, w) for w, c in counts.items()))]
