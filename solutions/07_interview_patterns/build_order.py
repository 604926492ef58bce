"""Reference solution for build_order.py: Kahn's algorithm (in-degrees and a queue), then a walk to name a cycle."""

from collections import deque


class CycleError(ValueError):
    """No build order exists: .package lies on a dependency cycle."""

    def __init__(self, package):
        super().__init__(f"the dependencies go round a cycle through {package!r}")
        self.package = package


def build_order(deps) -> list:
    needs = {package: list(requires) for package, requires in deps.items()}  # each list read once
    waiting = {package: len(requires) for package, requires in needs.items()}  # dependencies not yet built
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
    if len(order) == len(needs):
        return order
    # Every package left still waits for another package left: following those, a walk must repeat.
    left = {package for package, count in waiting.items() if count > 0}
    package, walked = next(iter(left)), set()
    while package not in walked:
        walked.add(package)
        package = next(dependency for dependency in needs[package] if dependency in left)
    raise CycleError(package)
