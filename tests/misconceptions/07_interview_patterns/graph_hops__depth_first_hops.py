"""Misconception: any search finds the fewest hops; depth-first with a stack is as good as a queue.

Depth-first returns the depth of the first path it finds to goal, not the shortest.

checklist: interview_patterns.graph_search
"""


def fewest_hops(graph, start, goal):
    seen, stack = {start}, [(start, 0)]
    while stack:
        service, hops = stack.pop()
        if service == goal:
            return hops
        for callee in reversed(graph[service]):
            if callee not in seen:
                seen.add(callee)
                stack.append((callee, hops + 1))
    return None


def reachable(graph, start):
    seen, stack = {start}, [start]
    while stack:
        for callee in graph[stack.pop()]:
            if callee not in seen:
                seen.add(callee)
                stack.append(callee)
    return seen
