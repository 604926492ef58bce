"""Misconception: skip a candidate that is too large and go on to the next one.

Right answers, but with sorted candidates every later candidate is too large as well: `continue`
tests them all at every node of the search, where `break` stops at the first. The work grows
with the number of candidates at every node instead of staying a few operations per node.

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
                continue
            chosen.append(candidate)
            extend(index, left - candidate, chosen)
            chosen.pop()

    extend(0, target, [])
    return found
