"""Reference solution for two_pointer_pairs.py: pointers from both ends, moving inward."""


def count_affordable_pairs(prices: list[int], budget: int) -> int:
    count, low, high = 0, 0, len(prices) - 1
    while low < high:
        if prices[low] + prices[high] <= budget:
            # prices[low] fits with every item from low + 1 to high.
            count += high - low
            low += 1
        else:
            high -= 1
    return count


def closest_pair(prices: list[int], target: int) -> tuple[int, int] | None:
    best, best_gap = None, None
    low, high = 0, len(prices) - 1
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
