"""Alternative: BFS by whole levels (a list for this level, one for the next), and reachability with a deque.

fewest_hops counts levels instead of storing a distance with each service; reachable explores
breadth first instead of with a stack. Both mark a service when it is first met.
"""

from collections import deque


def fewest_hops(graph, start, goal) -> int | None:
    if start == goal:
        return 0
    seen, level, hops = {start}, [start], 0
    while level:
        hops += 1
        next_level = []
        for service in level:
            for callee in graph[service]:
                if callee == goal:
                    return hops
                if callee not in seen:
                    seen.add(callee)
                    next_level.append(callee)
        level = next_level
    return None


def reachable(graph, start) -> set:
    seen, queue = {start}, deque([start])
    while queue:
        for callee in graph[queue.popleft()]:
            if callee not in seen:
                seen.add(callee)
                queue.append(callee)
    return seen
