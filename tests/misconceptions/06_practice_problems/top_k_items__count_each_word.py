"""Misconception: words.count(word) for each distinct word is a fine way to count.

Each count() call scans the whole list: O(n) per distinct word, O(n^2) in all.

checklist: practice_problems.top_k
"""


def largest(values: list, k: int) -> list:
    return heapq.nlargest(k, values)


def most_frequent(words: list, k: int) -> list[tuple]:
    distinct = list(dict.fromkeys(words))  # first-appearance order
    counts = [(word, words.count(word)) for word in distinct]
    return sorted(counts, key=lambda pair: -pair[1])[:k]
