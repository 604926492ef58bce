"""Misconception: taking max() k times is cheap because max is linear.

k passes over n values cost O(n * k) comparisons: fine for k = 1, slow for k = 100.

checklist: practice_problems.top_k
"""


def largest(values: list, k: int) -> list:
    remaining = list(values)
    result = []
    for _ in range(min(k, len(remaining))):
        best = max(range(len(remaining)), key=remaining.__getitem__)
        result.append(remaining.pop(best))
    return result


def most_frequent(words: list, k: int) -> list[tuple]:
    return Counter(words).most_common(k)
