"""Alternative: a for loop over the dear end, and a low pointer that only moves right.

count: for each j from the dearest down, advance low while prices[low] + prices[j] fits; every
position below both low and j fits with j. As j falls, more cheap items fit, so low never moves
back: O(n) in all. closest_pair keeps the classic inward walk but tracks the best by its gap.
"""


def count_affordable_pairs(prices: list[int], budget: int) -> int:
    count, low = 0, 0
    for j in range(len(prices) - 1, 0, -1):
        while low < j and prices[low] + prices[j] <= budget:
            low += 1
        count += min(low, j)
    return count


def closest_pair(prices: list[int], target: int) -> tuple[int, int] | None:
    if len(prices) < 2:
        return None
    low, high = 0, len(prices) - 1
    best, best_gap = (low, high), None
    while low < high:
        total = prices[low] + prices[high]
        gap = abs(total - target)
        if best_gap is None or gap < best_gap:
            best, best_gap = (low, high), gap
        if total == target:
            break
        if total < target:
            low += 1
        else:
            high -= 1
    return best
