"""Misconception: when a pair fits the budget, count it and move both pointers inward.

A fitting pair (low, high) means low fits with every item up to high: moving both pointers
counts one pair where there are high - low.

checklist: interview_patterns.two_pointers
"""


def count_affordable_pairs(prices, budget):
    count, low, high = 0, 0, len(prices) - 1
    while low < high:
        if prices[low] + prices[high] <= budget:
            count += 1
            low += 1
            high -= 1
        else:
            high -= 1
    return count


def closest_pair(prices, target):
    best, best_gap = None, None
    low, high = 0, len(prices) - 1
    while low < high:
        total = prices[low] + prices[high]
        if best_gap is None or abs(total - target) < best_gap:
            best, best_gap = (low, high), abs(total - target)
        if total < target:
            low += 1
        else:
            high -= 1
    return best
