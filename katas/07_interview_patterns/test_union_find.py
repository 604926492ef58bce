"""Tests for union_find.py: disjoint sets against a slow model, and the parent reads counted.

Cost is counted, not timed: the parent list counts every read and write of an entry. With union
by size (or rank) and path compression each call costs near-constant work, amortized; either
trick alone already gives O(log n) amortized, and the bound here, 2 log2(n) per call, accepts
that too (counting cannot tell log n from near-constant at these sizes). Linking roots without
either makes chains that every find walks again (O(n) per call), and relabelling a whole set on
each union reads every item (O(n) per union): both fail.
"""

import math
import random

import pytest

from dojo.testing import assert_returns, call_kata
from union_find import DisjointSets


class Work:
    def __init__(self, bound=10**9):
        self.count, self.bound = 0, bound

    def tick(self):
        self.count += 1
        if self.count > 10 * self.bound:
            raise AssertionError(
                f"stopped after {self.count} reads and writes of parent entries, 10 times the bound of "
                f"{self.bound}: that is not O(log n) amortized per call, let alone near-constant"
            )


class CountingParents(list):
    """A list of parents that counts each entry read or written (iteration and copies count one per entry)."""

    def __init__(self, n, work):
        super().__init__(range(n))
        self.work = work

    def __getitem__(self, index):
        self.work.tick()
        return list.__getitem__(self, index)

    def __setitem__(self, index, value):
        self.work.tick()
        list.__setitem__(self, index, value)

    def __iter__(self):
        for index in range(len(self)):
            self.work.tick()
            yield list.__getitem__(self, index)

    def index(self, *args):
        self.work.count += len(self)  # a scan: one unit per entry
        return list.index(self, *args)


class Model:
    """Slow and obviously right: a label per item, relabelled on union."""

    def __init__(self, n):
        self.label = list(range(n))

    def same(self, a, b):
        return self.label[a] == self.label[b]

    def union(self, a, b):
        old, new = self.label[b], self.label[a]
        if old == new:
            return False
        self.label = [new if label == old else label for label in self.label]
        return True

    def __len__(self):
        return len(set(self.label))


def make(n, work=None):
    return call_kata(DisjointSets, n, CountingParents(n, work or Work()))


@pytest.mark.checklist("interview_patterns.union_find")
def test_items_start_apart_and_union_joins_them():
    sets = make(5)
    assert_returns(call_kata(len, sets), 5, "len(sets) for 5 items before any union")
    assert_returns(call_kata(sets.union, 0, 1), True, "union(0, 1) of two separate items")
    assert_returns(call_kata(sets.union, 3, 4), True, "union(3, 4)")
    assert_returns(call_kata(len, sets), 3, "len(sets) after two unions of 5 items")
    assert call_kata(sets.find, 0) == call_kata(sets.find, 1), "after union(0, 1), find(0) and find(1) are equal"
    assert call_kata(sets.find, 0) != call_kata(sets.find, 3), "0 and 3 were never joined: different representatives"


@pytest.mark.checklist("interview_patterns.union_find")
def test_union_is_transitive_and_reports_when_nothing_changes():
    sets = make(4)
    call_kata(sets.union, 0, 1)
    call_kata(sets.union, 1, 2)
    assert call_kata(sets.find, 0) == call_kata(sets.find, 2), "0 ~ 1 and 1 ~ 2 put 0 and 2 in one set"
    assert_returns(call_kata(sets.union, 2, 0), False, "union(2, 0) when 2 and 0 are already together")
    assert_returns(call_kata(len, sets), 2, "len(sets): {0, 1, 2} and {3}; a union that changed nothing counts nothing")


@pytest.mark.checklist("interview_patterns.union_find")
def test_union_links_representatives_not_the_items_themselves():
    sets = make(4)
    call_kata(sets.union, 0, 1)
    call_kata(sets.union, 0, 2)
    reps = {call_kata(sets.find, x) for x in range(3)}
    assert len(reps) == 1, (
        f"after union(0, 1) and union(0, 2), items 0, 1 and 2 are one set; their representatives are "
        f"{sorted(reps)}. Re-hanging item 0 itself cuts it from 1: link the representative of one set under "
        "the representative of the other"
    )


@pytest.mark.checklist("interview_patterns.union_find")
def test_parents_live_in_the_list_given():
    parent = CountingParents(6, Work())
    sets = call_kata(DisjointSets, 6, parent)
    for a, b in [(0, 1), (2, 3), (1, 3)]:
        call_kata(sets.union, a, b)
    for x in range(6):
        root = x
        while list.__getitem__(parent, root) != root:
            root = list.__getitem__(parent, root)
        assert root == call_kata(sets.find, x), (
            f"following the parent list given to DisjointSets from {x} leads to {root}, but find({x}) says "
            "otherwise: keep the parents in that list"
        )


def replay(sets, n, operations):
    """What each union returned and len(sets) after it, then whether each pair of items shares a set."""
    seen = []
    for a, b in operations:
        seen.append((sets.union(a, b), len(sets)))
    roots = [sets.find(x) for x in range(n)]
    return seen, [[roots[a] == roots[b] for b in range(n)] for a in range(n)]


@pytest.mark.checklist("interview_patterns.union_find")
def test_agrees_with_a_slow_model_on_random_unions():
    rng = random.Random(2718)
    for _ in range(40):
        n = rng.randint(1, 12)
        operations = [(rng.randrange(n), rng.randrange(n)) for _ in range(rng.randint(0, 20))]
        model = Model(n)
        expected = [(model.union(a, b), len(model)) for a, b in operations]
        together = [[model.same(a, b) for b in range(n)] for a in range(n)]
        got = call_kata(replay, make(n), n, operations)
        assert_returns(got[0], expected, f"(union(a, b), len(sets)) after each of the unions {operations} on {n} items")
        assert_returns(got[1], together, f"which items share a set after the unions {operations} on {n} items")


def chain_then_queries(n):
    """union(i, i + 1) for every i, then 2n finds of the items at the far end."""
    return [("union", i, i + 1) for i in range(n - 1)] + [("find", i % 7, None) for i in range(2 * n)]


def doubling_then_queries(n):
    """Merge sets of equal size pairwise (the deepest trees union by size allows), then finds of every item, twice."""
    ops, width = [], 1
    while width < n:
        ops += [("union", start, start + width) for start in range(0, n - width, 2 * width)]
        width *= 2
    return ops + [("find", x, None) for x in range(n)] * 2


def random_unions(n):
    rng = random.Random(n)
    return [("union", rng.randrange(n), rng.randrange(n)) for _ in range(2 * n)] + [
        ("find", rng.randrange(n), None) for _ in range(n)
    ]


def run(sets, operations):
    for operation, a, b in operations:
        sets.union(a, b) if operation == "union" else sets.find(a)
    return len(sets)


@pytest.mark.checklist("interview_patterns.union_find")
@pytest.mark.parametrize("n", [512, 4_096])
@pytest.mark.parametrize("workload", [chain_then_queries, doubling_then_queries, random_unions])
def test_near_constant_work_per_call(n, workload):
    operations = workload(n)
    bound = 2 * math.ceil(math.log2(n)) * len(operations) + 2 * n
    work = Work(bound)
    sets = make(n, work)
    remaining = call_kata(run, sets, operations)
    assert work.count <= bound, (
        f"{len(operations)} calls on {n} items ({workload.__name__}) read or wrote parent entries {work.count} "
        f"times; O(log n) amortized per call allows at most {bound}. Put the smaller set under the larger, and "
        "point every item a find passes straight at the representative"
    )
    expected = {chain_then_queries: 1, doubling_then_queries: 1}.get(workload)
    if expected is not None:
        assert remaining == expected, f"and {workload.__name__} on {n} items leaves {expected} set"
