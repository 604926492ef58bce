"""Misconception: keep the services already seen in a list; `in` works on a list too.

Correct, and each `in` compares with every service seen so far: O(V^2) equality tests.

checklist: interview_patterns.graph_search
"""


def fewest_hops(graph, start, goal):
    if start == goal:
        return 0
    seen, frontier = [start], deque([(start, 0)])
    while frontier:
        service, hops = frontier.popleft()
        for callee in graph[service]:
            if callee == goal:
                return hops + 1
            if callee not in seen:
                seen.append(callee)
                frontier.append((callee, hops + 1))
    return None


def reachable(graph, start):
    seen, stack = [start], [start]
    while stack:
        for callee in graph[stack.pop()]:
            if callee not in seen:
                seen.append(callee)
                stack.append(callee)
    return set(seen)
