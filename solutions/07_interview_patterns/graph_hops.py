"""Reference solution for graph_hops.py: BFS with a deque for hops, an explicit stack for reachability."""

from collections import deque


def fewest_hops(graph, start, goal) -> int | None:
    if start == goal:
        return 0
    seen = {start}
    frontier = deque([(start, 0)])
    while frontier:
        service, hops = frontier.popleft()
        for callee in graph[service]:
            if callee == goal:
                return hops + 1
            if callee not in seen:
                seen.add(callee)  # mark when queued, so nothing is queued twice
                frontier.append((callee, hops + 1))
    return None


def reachable(graph, start) -> set:
    seen = {start}
    stack = [start]  # an explicit stack: no recursion, so no recursion limit
    while stack:
        for callee in graph[stack.pop()]:
            if callee not in seen:
                seen.add(callee)
                stack.append(callee)
    return seen
