"""Misconception: generate every combination with itertools and keep those with the right sum.

Right answers, and short, but it enumerates every multiset of every length up to
target // min(candidates), almost all of them far off the target: exponentially more work than
a search that abandons a branch once it overshoots.

checklist: interview_patterns.backtracking
"""

import itertools


def combination_sums(candidates: list[int], target: int) -> list[tuple]:
    ordered = sorted(candidates)
    found = []
    for size in range(1, target // min(ordered) + 1):
        for combination in itertools.combinations_with_replacement(ordered, size):
            if sum(combination) == target:
                found.append(combination)
    return found
