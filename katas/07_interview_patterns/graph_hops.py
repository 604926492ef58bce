"""Kata: breadth-first and depth-first search on a service graph.

Task: services call other services. graph maps every service's name to the list of the
services it calls; calls go round in cycles, and some call chains run thousands deep.

- fewest_hops(graph, start, goal): the fewest calls that lead from start to goal (0 when
  start is goal), or None when no chain of calls reaches it.
- reachable(graph, start): the set of every service start reaches, start included.

O(V + E) each: look up each service's callees at most once.
"""


def fewest_hops(graph, start, goal) -> int | None:
    raise NotImplementedError("fewest_hops: the fewest calls from start to goal, or None, in O(V + E)")


def reachable(graph, start) -> set:
    raise NotImplementedError("reachable: the set of every service start reaches, start included, in O(V + E)")
