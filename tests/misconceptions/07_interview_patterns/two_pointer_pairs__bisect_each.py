"""Misconception: sorted input means binary search, so bisect for each item's partner.

Correct, with a different algorithm from two pointers, and O(n log n): a binary search per
item, where two pointers need one step per item.

checklist: interview_patterns.two_pointers
"""

from bisect import bisect_left, bisect_right


def count_affordable_pairs(prices, budget):
    count = 0
    for i, price in enumerate(prices):
        # partners j > i with prices[j] <= budget - price
        count += max(0, bisect_right(prices, budget - price, i + 1) - (i + 1))
    return count


def closest_pair(prices, target):
    best, best_gap = None, None
    for i, price in enumerate(prices[:-1]):
        j = bisect_left(prices, target - price, i + 1)
        for k in (j - 1, j):
            if i < k < len(prices):
                gap = abs(price + prices[k] - target)
                if best_gap is None or gap < best_gap:
                    best, best_gap = (i, k), gap
    return best
