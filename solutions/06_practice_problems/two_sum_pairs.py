"""Reference solution for two_sum_pairs.py: one pass, a dict from each value seen to its index."""


def two_sum(nums: list, target) -> tuple[int, int] | None:
    """Return (i, j) with i < j and nums[i] + nums[j] == target, or None if there is no such pair."""
    seen = {}  # value -> index of its first occurrence
    for j, num in enumerate(nums):
        i = seen.get(target - num)
        if i is not None:
            return i, j
        seen.setdefault(num, j)
    return None
