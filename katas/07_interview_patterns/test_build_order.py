"""Tests for build_order.py: a topological order, or CycleError naming a package on the cycle.

Cost is counted, not timed: the dependency map counts how often each package's list is looked
up, and the package names count every hash and equality test made on them. Kahn's algorithm or
a depth-first search costs O(V + E); searching again and again for a package whose dependencies
are all built costs O(V^2). Any valid order is accepted: the tests check the order, not a copy.
"""

import graphlib
import random
from collections import Counter
from collections.abc import Mapping

import pytest

from build_order import CycleError, build_order
from dojo.testing import KataFailure, call_kata, kata_raises

DEEP = 2_000


class Tally:
    def __init__(self, bound=10**9):
        self.count, self.bound = 0, bound

    def tick(self):
        self.count += 1
        if self.count > 10 * self.bound:
            raise AssertionError(
                f"stopped after {self.count} hashes and equality tests on package names, 10 times the bound of "
                f"{self.bound}: that is not O(V + E)"
            )


class Package(str):
    """A package name that counts the hashes and equality tests made on it."""

    def __new__(cls, name, tally):
        package = super().__new__(cls, name)
        package.tally = tally
        return package

    def __hash__(self):
        self.tally.tick()
        return str.__hash__(self)

    def __eq__(self, other):
        self.tally.tick()
        return str.__eq__(self, other)

    def __ne__(self, other):
        self.tally.tick()
        return str.__ne__(self, other)


class CountingDeps(Mapping):
    """{package: [dependencies]} that counts the look-ups of each package's list."""

    def __init__(self, edges, tally=None):
        self.tally = tally or Tally()
        self.names = {name: Package(name, self.tally) for name in edges}
        self._deps = {name: [self.names[d] for d in requires] for name, requires in edges.items()}
        self.lookups = Counter()

    def __getitem__(self, package):
        name = str(package)
        requires = self._deps[name]
        self.lookups[name] += 1
        if self.lookups[name] > 20:
            raise AssertionError(f"the dependencies of {name!r} were looked up 20 times: an O(V + E) sort reads each list once or twice")
        return requires

    def __iter__(self):
        return iter(self.names.values())

    def __len__(self):
        return len(self._deps)


def check_order(edges, order):
    assert isinstance(order, list), f"build_order should return a list, got {type(order).__name__}"
    assert sorted(map(str, order)) == sorted(edges), (
        f"the order should hold every package exactly once: {sorted(edges)}; got {order}"
    )
    position = {str(package): index for index, package in enumerate(order)}
    for package, requires in edges.items():
        for dependency in requires:
            assert position[dependency] < position[package], (
                f"{package!r} depends on {dependency!r}, so {dependency!r} must come first; got {order}"
            )


def on_a_cycle(edges):
    """The packages that lie on some cycle: strongly connected components of two or more, and self-loops.

    Kosaraju's algorithm, without recursion: finishing order on the graph, then components on the reverse.
    """
    finished, seen = [], set()
    for start in edges:
        if start in seen:
            continue
        seen.add(start)
        stack = [(start, iter(edges[start]))]
        while stack:
            package, rest = stack[-1]
            for dependency in rest:
                if dependency not in seen:
                    seen.add(dependency)
                    stack.append((dependency, iter(edges[dependency])))
                    break
            else:
                stack.pop()
                finished.append(package)
    needed_by: dict = {package: [] for package in edges}
    for package, requires in edges.items():
        for dependency in requires:
            needed_by[dependency].append(package)
    placed, cyclic = set(), {package for package, requires in edges.items() if package in requires}
    for start in reversed(finished):
        if start in placed:
            continue
        placed.add(start)
        component, todo = [start], [start]
        while todo:
            for other in needed_by[todo.pop()]:
                if other not in placed:
                    placed.add(other)
                    component.append(other)
                    todo.append(other)
        if len(component) > 1:
            cyclic.update(component)
    return cyclic


def check_cycle(edges):
    error = kata_raises(CycleError, build_order, CountingDeps(edges))
    cyclic = on_a_cycle(edges)
    assert str(error.package) in cyclic, (
        f"CycleError({error.package!r}): that package is not on a cycle (it may depend on one). The packages on "
        f"a cycle here are {sorted(cyclic)}; name one of them"
    )


def explain_recursion(call):
    try:
        return call()
    except KataFailure as failure:
        if isinstance(failure.__cause__, RecursionError):
            raise KataFailure(
                f"RecursionError on a dependency chain {DEEP} deep: each nested call of a recursive search is a "
                "Python frame, and Python stops at sys.getrecursionlimit() (1000 by default). Keep your own "
                "stack, or count in-degrees and use a queue (Kahn's algorithm)"
            ) from failure
        raise


EXAMPLE = {"app": ["web", "db"], "web": ["core"], "db": ["core"], "core": []}


@pytest.mark.checklist("interview_patterns.topological_sort")
def test_orders_the_example():
    check_order(EXAMPLE, call_kata(build_order, CountingDeps(EXAMPLE)))


@pytest.mark.checklist("interview_patterns.topological_sort")
def test_packages_without_dependencies_and_no_packages():
    edges = {"b": [], "a": [], "c": ["a"]}
    check_order(edges, call_kata(build_order, CountingDeps(edges)))
    assert call_kata(build_order, CountingDeps({})) == [], "no packages: an empty order"


@pytest.mark.checklist("interview_patterns.topological_sort")
def test_a_package_that_depends_on_itself():
    check_cycle({"a": ["a"], "b": []})


@pytest.mark.checklist("interview_patterns.topological_sort")
def test_a_cycle_of_three():
    check_cycle({"a": ["b"], "b": ["c"], "c": ["a"]})


@pytest.mark.checklist("interview_patterns.topological_sort")
def test_name_a_package_on_the_cycle_not_one_that_waits_for_it():
    check_cycle({"tool": ["lib"], "report": ["tool"], "lib": ["parser"], "parser": ["lib"], "base": []})
    check_cycle({"z": ["y"], "y": ["x"], "x": ["w"], "w": ["x"]})


@pytest.mark.checklist("interview_patterns.topological_sort")
def test_a_chain_deeper_than_the_recursion_limit():
    edges = {f"p{i}": [f"p{i + 1}"] for i in range(DEEP)} | {f"p{DEEP}": []}
    order = explain_recursion(lambda: call_kata(build_order, CountingDeps(edges)))
    check_order(edges, order)
    edges[f"p{DEEP}"] = ["p0"]
    explain_recursion(lambda: check_cycle(edges))


def random_dag(size, seed):
    rng = random.Random(seed)
    names = [f"p{i}" for i in range(size)]
    rng.shuffle(names)  # a package depends only on packages later in this hidden order
    edges = {name: [names[rng.randrange(i + 1, size)] for _ in range(3) if i + 1 < size] for i, name in enumerate(names)}
    edges = {name: list(dict.fromkeys(requires)) for name, requires in edges.items()}
    keys = list(edges)
    rng.shuffle(keys)
    return {name: edges[name] for name in keys}


@pytest.mark.checklist("interview_patterns.topological_sort")
@pytest.mark.parametrize("size", [200, 2_000])
@pytest.mark.parametrize("with_cycle", [False, True], ids=["acyclic", "cycle"])
def test_costs_v_plus_e(size, with_cycle):
    edges = random_dag(size, seed=size)
    if with_cycle:
        first = next(iter(edges))
        edges[first] = edges[first] + [next(package for package, requires in edges.items() if first in requires)]
    count_edges = sum(len(requires) for requires in edges.values())
    bound = 10 * (size + count_edges)
    tally = Tally(bound)
    deps = CountingDeps(edges, tally)
    if with_cycle:
        error = kata_raises(CycleError, build_order, deps)
        assert str(error.package) in on_a_cycle(edges), f"CycleError({error.package!r}) names no package on a cycle"
    else:
        check_order(edges, explain_recursion(lambda: call_kata(build_order, deps)))
    often = [package for package, count in deps.lookups.items() if count > 2]
    assert not often, (
        f"the dependencies of {len(often)} packages were looked up more than twice (e.g. {often[0]!r}): "
        "read each package's list once and keep what you need"
    )
    assert tally.count <= bound, (
        f"{size} packages and {count_edges} dependencies cost {tally.count} hashes and equality tests on names; "
        f"O(V + E) allows at most {bound}. Searching again for a package whose dependencies are all built costs O(V^2)"
    )


@pytest.mark.checklist("interview_patterns.topological_sort")
def test_agrees_with_graphlib_on_random_small_graphs():
    rng = random.Random(2024)
    for _ in range(80):
        names = [chr(ord("a") + i) for i in range(rng.randint(1, 7))]
        edges = {name: rng.sample(names, rng.randint(0, min(2, len(names)))) for name in names}
        try:
            list(graphlib.TopologicalSorter(edges).static_order())
        except graphlib.CycleError:
            check_cycle(edges)
        else:
            check_order(edges, call_kata(build_order, CountingDeps(edges)))
