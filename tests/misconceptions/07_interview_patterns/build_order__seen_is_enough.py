"""Misconception: a depth-first search with a set of visited packages detects cycles by itself.

A visited package may be finished (a dependency shared by two packages: fine) or still in
progress (a cycle): one set cannot tell them apart. Skipping every visited package never sees the
cycle, and returns an order that breaks a dependency.

checklist: interview_patterns.topological_sort
"""


def build_order(deps) -> list:
    visited, order = set(), []
    for start in deps:
        if start in visited:
            continue
        visited.add(start)
        stack = [(start, iter(deps[start]))]
        while stack:
            package, rest = stack[-1]
            for dependency in rest:
                if dependency not in visited:
                    visited.add(dependency)
                    stack.append((dependency, iter(deps[dependency])))
                    break
            else:
                stack.pop()
                order.append(package)
    return order
