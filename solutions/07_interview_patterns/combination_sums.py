"""Reference solution for combination_sums.py: a depth-first search over ascending combinations, cut at the first candidate too large."""


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
                break  # pruning: every later candidate is larger still
            chosen.append(candidate)
            extend(index, left - candidate, chosen)  # index, not index + 1: a candidate may repeat
            chosen.pop()

    extend(0, target, [])
    return found
