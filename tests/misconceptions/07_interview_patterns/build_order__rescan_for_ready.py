"""Misconception: look through the packages for one whose dependencies are all built, build it, repeat.

Right orders, and it even notices a cycle (a pass that builds nothing), but every step scans the
remaining packages again: O(V^2) look-ups and comparisons. Counting what each package still waits
for, and queueing it the moment that count reaches zero, finds the next package in O(1).

checklist: interview_patterns.topological_sort
"""


def build_order(deps) -> list:
    built, order = set(), []
    remaining = list(deps)
    while remaining:
        for package in remaining:
            if all(dependency in built for dependency in deps[package]):
                built.add(package)
                order.append(package)
                remaining.remove(package)
                break
        else:  # stuck: walk from a remaining package through remaining dependencies until one repeats
            package, walked = remaining[0], set()
            while package not in walked:
                walked.add(package)
                package = next(dependency for dependency in deps[package] if dependency not in built)
            raise CycleError(package)
    return order
