"""Alternative: two passes instead of one; first a dict from each value to its last index, then a scan.

Still O(n) on average: the second pass asks the dict for each number's complement and takes it
when it sits later in the list, so a number never pairs with itself. It may return another valid
pair than the one-pass answer (the first i that has a partner, not the first j).
"""


def two_sum(nums: list, target) -> tuple[int, int] | None:
    last_index = {num: index for index, num in enumerate(nums)}
    for i, num in enumerate(nums):
        j = last_index.get(target - num)
        if j is not None and j > i:
            return i, j
    return None
