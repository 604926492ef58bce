"""Misconception: trying every pair is fine, it is only two loops.

Correct answers, O(n^2) additions: the counted numbers reject it at the larger size.

checklist: practice_problems.two_sum
"""


def two_sum(nums: list, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return None
