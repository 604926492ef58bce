"""Misconception: let every candidate follow every other one.

Starting each level's loop at the first candidate, not at the last one chosen, builds (2, 3, 3),
(3, 2, 3) and (3, 3, 2) as three answers: the same combination in different orders.

checklist: interview_patterns.backtracking
"""


def combination_sums(candidates: list[int], target: int) -> list[tuple]:
    ordered = sorted(candidates)
    found: list[tuple] = []

    def extend(left, chosen):
        if left == 0:
            found.append(tuple(chosen))
            return
        for candidate in ordered:
            if candidate > left:
                break
            chosen.append(candidate)
            extend(left - candidate, chosen)
            chosen.pop()

    extend(target, [])
    return found
