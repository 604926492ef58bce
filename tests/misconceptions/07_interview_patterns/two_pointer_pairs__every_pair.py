"""Misconception: trying every pair is fine, the list is only a few thousand long.

Correct, and O(n^2): 4096 prices make 8 million pairs.

checklist: interview_patterns.two_pointers
"""

from itertools import combinations


def count_affordable_pairs(prices, budget):
    return sum(1 for a, b in combinations(prices, 2) if a + b <= budget)


def closest_pair(prices, target):
    best, best_gap = None, None
    for i in range(len(prices)):
        for j in range(i + 1, len(prices)):
            gap = abs(prices[i] + prices[j] - target)
            if best_gap is None or gap < best_gap:
                best, best_gap = (i, j), gap
    return best
