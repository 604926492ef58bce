"""Kata: backtracking with pruning: every combination that adds up to a target.

Task: combination_sums(candidates, target) returns every combination of candidates (distinct
positive ints; each may be used any number of times) that adds up to target, each as a tuple
in ascending order and each combination once, in any order.

    combination_sums([2, 3, 6, 7], 7)  ->  [(2, 2, 3), (7,)]   (in any order)

Build combinations one candidate at a time, in ascending order, and abandon a branch as soon as
it cannot succeed: once a candidate is larger than what is left of the target, so is every
larger candidate. The tests count every comparison, addition and subtraction made with the
candidates and compare it with the size of the pruned search tree.
"""


def combination_sums(candidates: list[int], target: int) -> list[tuple]:
    raise NotImplementedError("combination_sums: every combination adding up to target, once each, with pruning")
