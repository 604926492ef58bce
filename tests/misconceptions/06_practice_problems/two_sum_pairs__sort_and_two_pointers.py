"""Misconception: sorting and walking two pointers inward is as good as the dict.

Correct answers with a different algorithm, O(n log n) comparisons: more than the linear bound.

checklist: practice_problems.two_sum
"""


def two_sum(nums: list, target):
    order = sorted(range(len(nums)), key=nums.__getitem__)
    low, high = 0, len(order) - 1
    while low < high:
        total = nums[order[low]] + nums[order[high]]
        if total == target:
            i, j = order[low], order[high]
            return (i, j) if i < j else (j, i)
        if total < target:
            low += 1
        else:
            high -= 1
    return None
