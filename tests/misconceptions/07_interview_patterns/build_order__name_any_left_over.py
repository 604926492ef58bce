"""Misconception: with Kahn's algorithm, any package left over is on the cycle.

The packages left over include every package that depends on a cycle, directly or not; they wait
forever too, yet they are not on it. Naming one of them points the user at the wrong package.

checklist: interview_patterns.topological_sort
"""

from collections import deque


def build_order(deps) -> list:
    needs = {package: list(requires) for package, requires in deps.items()}
    waiting = {package: len(requires) for package, requires in needs.items()}
    needed_by: dict = {package: [] for package in needs}
    for package, requires in needs.items():
        for dependency in requires:
            needed_by[dependency].append(package)
    ready = deque(package for package, count in waiting.items() if count == 0)
    order = []
    while ready:
        package = ready.popleft()
        order.append(package)
        for dependent in needed_by[package]:
            waiting[dependent] -= 1
            if waiting[dependent] == 0:
                ready.append(dependent)
    if len(order) < len(needs):
        raise CycleError(next(package for package, count in waiting.items() if count > 0))
    return order
