"""Misconception: a recursive DFS is the natural way to write it, and Python handles the depth.

Correct on small graphs; a call chain 3000 deep exceeds the recursion limit.

checklist: interview_patterns.graph_search
"""


def fewest_hops(graph, start, goal):
    if start == goal:
        return 0
    seen, frontier = {start}, deque([(start, 0)])
    while frontier:
        service, hops = frontier.popleft()
        for callee in graph[service]:
            if callee == goal:
                return hops + 1
            if callee not in seen:
                seen.add(callee)
                frontier.append((callee, hops + 1))
    return None


def reachable(graph, start):
    seen = set()

    def visit(service):
        seen.add(service)
        for callee in graph[service]:
            if callee not in seen:
                visit(callee)

    visit(start)
    return seen
