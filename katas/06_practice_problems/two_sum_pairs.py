"""Kata: two-sum in one pass.

Task: implement two_sum. Given a list of numbers and a target, return the indices (i, j),
i < j, of two numbers that add up to the target, or None when no two do. Expected time:
O(n), each number looked at once.

The tests pass number-like objects that count every hash, comparison and addition made on
them, at two input sizes: an answer that tries every pair is correct and still fails.
The numbers support +, -, comparisons and hashing, nothing else (no int() on them).
"""


def two_sum(nums: list, target) -> tuple[int, int] | None:
    """Return (i, j) with i < j and nums[i] + nums[j] == target, or None if there is no such pair."""
    raise NotImplementedError("two_sum: find two indices whose numbers add up to target, in one pass")
