"""Misconception: a candidate, once used, is gone (the next level starts after it).

That answers a different question, combinations of distinct candidates: (2, 2, 3) for 7 from
[2, 3, 6, 7] is missing. Here a candidate may repeat, so the next level starts at the same index.

checklist: interview_patterns.backtracking
"""


def combination_sums(candidates: list[int], target: int) -> list[tuple]:
    ordered = sorted(candidates)
    found: list[tuple] = []

    def extend(start, left, chosen):
        if left == 0:
            found.append(tuple(chosen))
            return
        for index in range(start, len(ordered)):
            candidate = ordered[index]
            if candidate > left:
                break
            chosen.append(candidate)
            extend(index + 1, left - candidate, chosen)
            chosen.pop()

    extend(0, target, [])
    return found
