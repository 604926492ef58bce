"""Alternative: the same pruned search with an explicit stack of (next index, what is left, chosen so far).

No recursion and no shared list to undo: each stack entry carries its own tuple. Candidates are
pushed largest first so the smaller ones are explored first; the loop still breaks at the first
candidate larger than what is left.
"""


def combination_sums(candidates: list[int], target: int) -> list[tuple]:
    ordered = sorted(candidates)
    found = []
    stack = [(0, target, ())]
    while stack:
        start, left, chosen = stack.pop()
        if left == 0:
            found.append(chosen)
            continue
        fitting = []
        for index in range(start, len(ordered)):
            if ordered[index] > left:
                break
            fitting.append(index)
        for index in reversed(fitting):
            stack.append((index, left - ordered[index], chosen + (ordered[index],)))
    return found
