"""Alternative: a min-heap of at most k values kept by hand, and counting with a plain dict.

largest pushes the first k values and then heappushpop()s each newcomer, so the heap's root is
always the smallest of the best k; most_frequent counts with dict.get and picks the k best with
heapq.nlargest on the counts, whose ties keep the dict's first-seen order (nlargest is stable).
"""

import heapq
from operator import itemgetter


def largest(values: list, k: int) -> list:
    if k <= 0:
        return []
    best: list = []
    for value in values:
        if len(best) < k:
            heapq.heappush(best, value)
        elif best[0] < value:
            heapq.heapreplace(best, value)
    return sorted(best, reverse=True)


def most_frequent(words: list, k: int) -> list[tuple]:
    counts: dict = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return heapq.nlargest(k, counts.items(), key=itemgetter(1))
