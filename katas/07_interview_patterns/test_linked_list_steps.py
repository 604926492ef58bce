"""Tests for linked_list_steps.py: relink in place, and two pointers at two speeds.

Cost is counted, not timed: the nodes count every read of .next, and the memory a call
allocates is measured with tracemalloc. Reversing, finding the middle and finding a cycle
each read .next O(n) times with O(1) memory; a set or list of the nodes passed costs memory
that grows with the list, and walking to the tail again and again costs O(n^2) reads.
"""

import tracemalloc

import pytest

from dojo.testing import assert_returns, call_kata
from linked_list_steps import has_cycle, middle, reverse

MEMORY_LIMIT = 8 * 1024  # bytes: a few frames and ints (about 2 KB); a list or set of 4,000 nodes is 32 KB or more


class Reads:
    """Counts the reads of .next and stops the code under test once it is far past its bound."""

    def __init__(self, bound=10**9):
        self.count, self.bound = 0, bound

    def tick(self):
        self.count += 1
        if self.count > 10 * self.bound:
            raise AssertionError(
                f"stopped after {self.count} reads of .next, 10 times the bound of {self.bound}: that is not O(n) "
                "(or the walk never ends: on a cycle, following .next alone goes round forever)"
            )


class CountingNode:
    """A node whose .next counts its reads; values stay plain ints."""

    __slots__ = ("value", "_next", "_reads")

    def __init__(self, value, reads):
        self.value, self._next, self._reads = value, None, reads

    @property
    def next(self):
        self._reads.tick()
        return self._next

    @next.setter
    def next(self, node):
        self._next = node

    def __repr__(self):
        return f"Node({self.value})"


def chain(length, reads=None, cycle_to=None):
    """Nodes 0..length-1 linked in order; the last links back to node cycle_to when it is given."""
    reads = reads or Reads(bound=20 * length + 20)  # a walk that never ends is stopped, with a message
    nodes = [CountingNode(value, reads) for value in range(length)]
    for node, following in zip(nodes, nodes[1:]):
        node._next = following
    if cycle_to is not None:
        nodes[-1]._next = nodes[cycle_to]
    return nodes


def values_from(head, limit=10**6):
    values = []
    while head is not None and len(values) < limit:
        values.append(head.value)
        head = head._next
    return values


def measured(function, head):
    """Call function(head); return its result and the peak memory it allocated, in bytes."""
    tracing = tracemalloc.is_tracing()
    if tracing:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
    else:
        tracemalloc.start()
        before = 0
    try:
        result = call_kata(function, head)
    finally:
        peak = tracemalloc.get_traced_memory()[1] - before
        if not tracing:
            tracemalloc.stop()
    return result, peak


@pytest.mark.checklist("interview_patterns.linked_lists")
def test_reverse_relinks_the_same_nodes():
    nodes = chain(4)
    head = call_kata(reverse, nodes[0])
    where = next((f"the node that was at position {i}" for i, node in enumerate(nodes) if node is head), repr(head))
    assert head is nodes[3], f"the new head is the node that was last (position 3, holding 3); got {where}"
    assert_returns(values_from(head), [3, 2, 1, 0], "the values read from the new head")
    assert [node.value for node in nodes] == [0, 1, 2, 3], (
        "every node keeps its own value: reverse the links between the nodes, not the values in them"
    )
    assert nodes[0]._next is None, "the old head is now the last node: its .next must be None"


@pytest.mark.checklist("interview_patterns.linked_lists")
def test_reverse_of_an_empty_and_a_one_node_list():
    assert call_kata(reverse, None) is None, "an empty list (None) reversed is still None"
    nodes = chain(1)
    assert call_kata(reverse, nodes[0]) is nodes[0], "a list of one node is its own reverse"
    assert nodes[0]._next is None, "the one node still ends the list"


@pytest.mark.checklist("interview_patterns.linked_lists")
def test_middle_of_odd_and_even_lengths():
    for length, expected in [(1, 0), (2, 1), (5, 2), (6, 3), (7, 3)]:
        nodes = chain(length)
        got = call_kata(middle, nodes[0])
        assert got is nodes[expected], (
            f"the middle of a list of {length} nodes is Node({expected})"
            + (" (the second of the two middle nodes)" if length % 2 == 0 else "")
            + f"; got {got!r}"
        )
    assert call_kata(middle, None) is None, "an empty list has no middle: None"


@pytest.mark.checklist("interview_patterns.linked_lists")
def test_has_cycle_on_lists_with_and_without_one():
    assert call_kata(has_cycle, None) is False, "an empty list has no cycle: False"
    assert call_kata(has_cycle, chain(1)[0]) is False, "one node that ends the list: False"
    assert call_kata(has_cycle, chain(6)[0]) is False, "six nodes, the last one ending the list: False"
    assert call_kata(has_cycle, chain(1, cycle_to=0)[0]) is True, "one node whose .next is itself: True"
    assert call_kata(has_cycle, chain(6, cycle_to=0)[0]) is True, "the last node links back to the head: True"


@pytest.mark.checklist("interview_patterns.linked_lists")
@pytest.mark.parametrize("cycle_to", [1, 3, 5])
def test_a_cycle_that_does_not_pass_the_head(cycle_to):
    assert call_kata(has_cycle, chain(6, cycle_to=cycle_to)[0]) is True, (
        f"the last of six nodes links back to Node({cycle_to}): the walk never comes back to the head, "
        "yet it goes round a cycle forever"
    )


@pytest.mark.checklist("interview_patterns.linked_lists")
def test_reverse_twice_gives_the_list_back():
    nodes = chain(50)
    head = call_kata(reverse, call_kata(reverse, nodes[0]))
    assert head is nodes[0] and values_from(head) == list(range(50)), "reversing twice restores the list"


def check_cost(name, reads, bound, peak, length):
    assert reads.count <= bound, (
        f"{name} on a list of {length} nodes read .next {reads.count} times; the bound is O(n): at most {bound}. "
        "Walking from the head again for each node costs O(n^2)"
    )
    assert peak <= MEMORY_LIMIT, (
        f"{name} on a list of {length} nodes allocated {peak} bytes at its peak; O(1) memory stays under "
        f"{MEMORY_LIMIT} at every length. A list or set of the nodes (or of their ids, or of their values) "
        "grows with the list"
    )


@pytest.mark.checklist("interview_patterns.linked_lists")
@pytest.mark.parametrize("length", [400, 4_000])
def test_reverse_costs_n_reads_and_constant_memory(length):
    reads = Reads(bound=length + 2)
    nodes = chain(length, reads)
    head, peak = measured(reverse, nodes[0])
    check_cost("reverse", reads, length + 2, peak, length)
    assert head is nodes[-1] and nodes[0]._next is None, "and the last node is the new head"
    assert [node.value for node in nodes[:3]] == [0, 1, 2], "every node keeps its own value"


@pytest.mark.checklist("interview_patterns.linked_lists")
@pytest.mark.parametrize("length", [400, 4_000])
def test_middle_costs_n_reads_and_constant_memory(length):
    bound = 2 * length + 4
    reads = Reads(bound)
    nodes = chain(length, reads)
    got, peak = measured(middle, nodes[0])
    check_cost("middle", reads, bound, peak, length)
    assert got is nodes[length // 2], f"and the middle of {length} nodes is Node({length // 2})"


@pytest.mark.checklist("interview_patterns.linked_lists")
@pytest.mark.parametrize("length", [400, 4_000])
@pytest.mark.parametrize("cycle", ["none", "to the head", "to the middle", "last to itself"])
def test_has_cycle_costs_n_reads_and_constant_memory(length, cycle):
    cycle_to = {"none": None, "to the head": 0, "to the middle": length // 2, "last to itself": length - 1}[cycle]
    bound = 5 * length + 5
    reads = Reads(bound)
    nodes = chain(length, reads, cycle_to)
    got, peak = measured(has_cycle, nodes[0])
    check_cost("has_cycle", reads, bound, peak, length)
    assert got is (cycle_to is not None), f"a list of {length} nodes with a cycle {cycle}: {cycle_to is not None}"
