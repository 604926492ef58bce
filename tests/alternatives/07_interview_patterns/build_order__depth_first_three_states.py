"""Alternative: an iterative depth-first search with three states; the finishing order is the build order.

A package is "in progress" while its dependencies are being explored: meeting it again means the
walk came back round, so it lies on a cycle. A package is appended once all its dependencies are
done, which is exactly a valid build order. An explicit stack of (package, iterator) replaces recursion.
"""


def build_order(deps) -> list:
    done, in_progress, order = set(), set(), []
    for start in deps:
        if start in done:
            continue
        in_progress.add(start)
        stack = [(start, iter(deps[start]))]
        while stack:
            package, rest = stack[-1]
            for dependency in rest:
                if dependency in in_progress:
                    raise CycleError(dependency)
                if dependency not in done:
                    in_progress.add(dependency)
                    stack.append((dependency, iter(deps[dependency])))
                    break
            else:
                stack.pop()
                in_progress.discard(package)
                done.add(package)
                order.append(package)
    return order
