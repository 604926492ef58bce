"""Tests for graph_hops.py: BFS for the fewest hops, a search with a seen-set for reachability.

Cost is counted, not timed: the graph counts how often each service's callees are looked
up, and the service names count every hash and equality test made on them. A search that
remembers what it has seen in a set looks up each service once and makes O(V + E) hashes;
a seen-list makes O(V^2) equality tests; forgetting what was seen looks services up again.
"""

import random
from collections import Counter
from collections.abc import Mapping

import pytest
from dojo.testing import KataFailure, call_kata, expect
from graph_hops import fewest_hops, reachable


class Tally:
    def __init__(self, bound=10**9):
        self.count, self.bound, self.limit = 0, bound, 10 * bound

    def tick(self):
        self.count += 1
        if self.count > self.limit:
            raise AssertionError(
                f"stopped after {self.count} hashes and equality tests on service names, 10 times the bound "
                f"of {self.bound}: that is not O(V + E). A list of seen services is searched one by one"
            )


class CountingGraph(Mapping):
    """{service: [callees]} that counts the look-ups of each service's callees, and names that count hashes."""

    def __init__(self, edges, tally=None):
        self.tally = tally or Tally()
        names = set(edges) | {callee for callees in edges.values() for callee in callees}
        self.services = {name: Service(name, self.tally) for name in names}
        self._callees = {name: [self.services[c] for c in edges.get(name, ())] for name in names}
        self.lookups = Counter()

    def __getitem__(self, service):
        callees = self._callees[str(service)]
        self.lookups[str(service)] += 1
        if self.lookups[str(service)] > 50:
            raise AssertionError(f"the callees of {str(service)!r} were looked up 50 times: a search that forgets")
        return callees

    def __contains__(self, service):
        return str(service) in self._callees

    def __iter__(self):
        return iter(self.services.values())

    def __len__(self):
        return len(self._callees)

    def __call__(self, name):
        return self.services[name]


class Service(str):
    """A service name that counts the hashes and equality tests made on it."""

    def __new__(cls, name, tally):
        service = super().__new__(cls, name)
        service.tally = tally
        return service

    def __hash__(self):
        self.tally.tick()
        return str.__hash__(self)

    def __eq__(self, other):
        self.tally.tick()
        return str.__eq__(self, other)

    def __ne__(self, other):
        self.tally.tick()
        return str.__ne__(self, other)


SERVICES = {
    "web": ["auth", "cart"],
    "auth": ["users"],
    "cart": ["prices", "auth"],
    "prices": ["cache"],
    "users": ["cache", "auth"],
    "cache": [],
    "batch": ["prices"],
}


def explain_recursion(failure):
    if isinstance(failure.__cause__, RecursionError):
        raise KataFailure(
            "RecursionError on a call chain 3000 deep: each nested call of a recursive search is a Python "
            "frame, and Python stops at sys.getrecursionlimit() (1000 by default). Keep the services still to "
            "visit in a list (a stack) or a deque (a queue) of your own"
        ) from failure
    raise failure


@pytest.mark.checklist("interview_patterns.graph_search")
def test_fewest_hops_on_examples():
    graph = CountingGraph(SERVICES)
    expect(call_kata(fewest_hops, graph, graph("web"), graph("users")), 2, "web -> auth -> users: 2 hops")
    expect(
        call_kata(fewest_hops, graph, graph("web"), graph("cache")),
        3,
        "web -> cart -> prices -> cache and web -> auth -> users -> cache are both 3 hops",
    )
    expect(call_kata(fewest_hops, graph, graph("cart"), graph("cart")), 0, "from a service to itself: 0 hops")
    assert call_kata(fewest_hops, graph, graph("web"), graph("batch")) is None, "nothing calls batch: None"


@pytest.mark.checklist("interview_patterns.graph_search")
@pytest.mark.parametrize("callees_of_a", [["b", "c"], ["c", "b"]])
def test_fewest_hops_is_not_the_first_path_found(callees_of_a):
    graph = CountingGraph({"a": callees_of_a, "b": ["x"], "x": ["goal"], "c": ["goal"]})
    expect(call_kata(fewest_hops, graph, graph("a"), graph("goal")), 2, "a -> c -> goal is 2 hops. Going deep first may find a -> b -> x -> goal, 3 hops, and stop there; "
        "breadth first (a queue: every service 1 hop away before any 2 hops away) meets the shortest first")


@pytest.mark.checklist("interview_patterns.graph_search")
def test_reachable_on_examples():
    graph = CountingGraph(SERVICES)
    expect(
        call_kata(reachable, graph, graph("cart")),
        {"cart", "prices", "cache", "auth", "users"},
        "cart reaches prices, cache, auth and users (through auth), and itself",
    )
    expect(call_kata(reachable, graph, graph("cache")), {"cache"}, "cache calls nothing: only itself")


@pytest.mark.checklist("interview_patterns.graph_search")
def test_deep_call_chains():
    depth = 3000
    graph = CountingGraph({f"s{i}": [f"s{i + 1}"] for i in range(depth)}, Tally(bound=8 * depth))
    try:
        hops = call_kata(fewest_hops, graph, graph("s0"), graph(f"s{depth}"))
        seen = call_kata(reachable, graph, graph("s0"))
    except KataFailure as failure:
        explain_recursion(failure)
    expect(hops, depth, f"a chain of {depth} calls is {depth} hops")
    assert len(seen) == depth + 1, f"the head of the chain reaches all {depth + 1} services"


def random_graph(size, seed, tally):
    rng = random.Random(seed)
    edges = {f"s{i}": [f"s{(i + 1) % size}"] + [f"s{rng.randrange(size)}" for _ in range(3)] for i in range(size)}
    edges["island"] = ["s0"]  # nothing calls it: unreachable, so a search explores everything
    return CountingGraph(edges, tally)


@pytest.mark.checklist("interview_patterns.graph_search")
@pytest.mark.parametrize("size", [200, 2000])
def test_fewest_hops_costs_v_plus_e(size):
    bound = 4 * (size + 4 * size)
    graph = random_graph(size, seed=size, tally=Tally(bound))
    got = call_kata(fewest_hops, graph, graph("s0"), graph("island"))
    twice = [service for service, count in graph.lookups.items() if count > 1]
    assert not twice, (
        f"the callees of {len(twice)} services were looked up more than once (e.g. {twice[0]!r}): a service is "
        "queued twice when it is marked as seen only once it leaves the queue. Mark it when it is queued"
    )
    assert graph.tally.count <= bound, (
        f"a graph of V = {size} services and E = {4 * size} calls should cost O(V + E) hashes and equality "
        f"tests on names: at most {bound}, counted {graph.tally.count}"
    )
    assert got is None, "nothing calls island: None"


@pytest.mark.checklist("interview_patterns.graph_search")
@pytest.mark.parametrize("size", [200, 2000])
def test_reachable_costs_v_plus_e(size):
    bound = 4 * (size + 4 * size)
    graph = random_graph(size, seed=size + 1, tally=Tally(bound))
    got = call_kata(reachable, graph, graph("s0"))
    twice = [service for service, count in graph.lookups.items() if count > 1]
    assert not twice, (
        f"the callees of {len(twice)} services were looked up more than once (e.g. {twice[0]!r}): "
        "remember every service you have queued, and skip it when you meet it again"
    )
    assert graph.tally.count <= bound, (
        f"a graph of V = {size} services and E = {4 * size} calls should cost O(V + E) hashes and equality "
        f"tests on names: at most {bound}, counted {graph.tally.count}"
    )
    assert len(got) == size, f"s0 reaches every one of the {size} services of the ring, and not island"


def small_graph(seed):
    rng = random.Random(seed)
    size = rng.randrange(1, 8)
    names = [f"s{i}" for i in range(size)]
    edges = {name: rng.sample(names, rng.randrange(0, min(size, 3) + 1)) for name in names}
    return edges, rng.choice(names), rng.choice(names)


def hops_by_levels(edges, start, goal):
    level, hops, seen = {start}, 0, {start}
    while level:
        if goal in level:
            return hops
        level = {c for s in level for c in edges[s]} - seen
        seen |= level
        hops += 1
    return None


def seen_from(edges, start):
    seen, level = {start}, {start}
    while level:
        level = {c for s in level for c in edges[s]} - seen
        seen |= level
    return seen


@pytest.mark.checklist("interview_patterns.graph_search")
def test_matches_expanding_level_by_level():
    for seed in range(40):
        edges, start, goal = small_graph(seed)
        graph = CountingGraph(edges)
        expect(
            call_kata(fewest_hops, graph, graph(start), graph(goal)),
            hops_by_levels(edges, start, goal),
            f"in the graph {edges}: the fewest calls from {start} to {goal}, or None",
        )
        expect(
            call_kata(reachable, graph, graph(start)),
            seen_from(edges, start),
            f"in the graph {edges}: every service {start} reaches, itself included",
        )
