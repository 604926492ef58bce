"""Misconception: `complement in nums[j + 1:]` is one cheap step per number.

`in` on a list compares with every element: O(n) per number, O(n^2) in all.

checklist: practice_problems.two_sum
"""


def two_sum(nums: list, target):
    for i, num in enumerate(nums):
        rest = nums[i + 1:]
        complement = target - num
        if complement in rest:
            return i, i + 1 + rest.index(complement)
    return None
