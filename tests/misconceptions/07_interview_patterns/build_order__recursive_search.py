"""Misconception: a recursive depth-first search with three states is the whole answer.

The algorithm is right (an in-progress package met again is a cycle; the finishing order is a
build order) and O(V + E), but each dependency is a nested Python call: a chain thousands deep
passes sys.getrecursionlimit() and raises RecursionError.

checklist: interview_patterns.topological_sort
"""


def build_order(deps) -> list:
    state, order = {}, []

    def visit(package):
        if state.get(package) == "done":
            return
        if state.get(package) == "in progress":
            raise CycleError(package)
        state[package] = "in progress"
        for dependency in deps[package]:
            visit(dependency)
        state[package] = "done"
        order.append(package)

    for package in deps:
        visit(package)
    return order
