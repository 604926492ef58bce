"""Misconception: mark a service as seen when it leaves the queue.

Correct answers, but until a service leaves the queue every service that calls it queues it
again, and each copy has its callees looked up: wasted work, up to O(E) copies in the queue.

checklist: interview_patterns.graph_search
"""


def fewest_hops(graph, start, goal):
    seen, frontier = set(), deque([(start, 0)])
    while frontier:
        service, hops = frontier.popleft()
        if service == goal:
            return hops
        seen.add(service)
        for callee in graph[service]:
            if callee not in seen:
                frontier.append((callee, hops + 1))
    return None


def reachable(graph, start):
    seen, stack = set(), [start]
    while stack:
        service = stack.pop()
        seen.add(service)
        for callee in graph[service]:
            if callee not in seen:
                stack.append(callee)
    return seen
