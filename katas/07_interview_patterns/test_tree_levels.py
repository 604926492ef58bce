"""Tests for tree_levels.py: breadth first by levels, depth first to the leaves, without recursion limits.

Cost is counted, not timed: the nodes count every read of .left and .right. A queue or a stack
reads each node's children a constant number of times, O(n) in all; collecting one level at a
time by walking down from the root again costs O(n * height). A chain 5,000 nodes deep makes a
recursive search raise RecursionError (Python stops at sys.getrecursionlimit(), 1000 by default).
"""

import random

import pytest

from dojo.testing import KataFailure, assert_returns, call_kata
from tree_levels import levels, path_sums

DEEP = 5_000


class Reads:
    """Counts reads of .left and .right, and stops the code under test once it is far past its bound."""

    def __init__(self, bound=10**9):
        self.count, self.bound = 0, bound

    def tick(self):
        self.count += 1
        if self.count > 10 * self.bound:
            raise AssertionError(
                f"stopped after {self.count} reads of .left and .right, 10 times the bound of {self.bound}: "
                "that is not O(n)"
            )


class Node:
    __slots__ = ("value", "_left", "_right", "_reads")

    def __init__(self, value, reads, left=None, right=None):
        self.value, self._reads, self._left, self._right = value, reads, left, right

    @property
    def left(self):
        self._reads.tick()
        return self._left

    @property
    def right(self):
        self._reads.tick()
        return self._right

    def __repr__(self):
        return f"TreeNode({self.value})"


def build(shape, reads):
    """shape: None, or (value, left shape, right shape). Built without recursion, so any depth works."""
    if shape is None:
        return None
    root = Node(shape[0], reads)
    stack = [(root, shape)]
    while stack:
        node, (_, left, right) = stack.pop()
        if left is not None:
            node._left = Node(left[0], reads)
            stack.append((node._left, left))
        if right is not None:
            node._right = Node(right[0], reads)
            stack.append((node._right, right))
    return root


def chain(depth, reads, side="left"):
    """A lopsided tree: depth nodes, each the only child of the one above, values 1, 2, 3, ..."""
    shape = None
    for value in range(depth, 0, -1):
        shape = (value, shape, None) if side == "left" else (value, None, shape)
    return build(shape, reads)


def complete(height, reads):
    """A complete tree of 2**height - 1 nodes, values 1, 2, 3, ... level by level."""
    nodes = [Node(value, reads) for value in range(1, 2**height)]
    for index, node in enumerate(nodes):
        if 2 * index + 2 < len(nodes):
            node._left, node._right = nodes[2 * index + 1], nodes[2 * index + 2]
    return nodes[0]


EXAMPLE = (1, (2, (4, None, None), None), (3, None, None))
#         1
#        / \
#       2   3
#      /
#     4
WIDER = (5, (4, (11, (7, None, None), (2, None, None)), None), (8, (13, None, None), (4, None, (1, None, None))))
#           5
#          / \
#         4   8
#        /   / \
#       11  13  4
#      /  \      \
#     7    2      1


def explain_recursion(call):
    try:
        return call()
    except KataFailure as failure:
        if isinstance(failure.__cause__, RecursionError):
            raise KataFailure(
                f"RecursionError on a chain {DEEP} nodes deep: each nested call of a recursive search is a Python "
                "frame, and Python stops at sys.getrecursionlimit() (1000 by default). Keep the nodes still to "
                "visit in a list (a stack) or a deque (a queue) of your own"
            ) from failure
        raise


@pytest.mark.checklist("interview_patterns.trees")
def test_levels_of_small_trees():
    assert_returns(call_kata(levels, build(EXAMPLE, Reads())), [[1], [2, 3], [4]], "levels of the example tree")
    assert_returns(
        call_kata(levels, build(WIDER, Reads())), [[5], [4, 8], [11, 13, 4], [7, 2, 1]], "levels of the wider tree"
    )
    assert_returns(call_kata(levels, None), [], "levels of an empty tree")
    assert_returns(call_kata(levels, build((9, None, None), Reads())), [[9]], "levels of a one-node tree")


@pytest.mark.checklist("interview_patterns.trees")
def test_path_sums_of_small_trees():
    assert_returns(call_kata(path_sums, build(EXAMPLE, Reads())), [7, 4], "path_sums of the example tree")
    assert_returns(
        call_kata(path_sums, build(WIDER, Reads())), [27, 22, 26, 18], "path_sums of the wider tree (leaves 7, 2, 13, 1)"
    )
    assert_returns(call_kata(path_sums, None), [], "path_sums of an empty tree")


@pytest.mark.checklist("interview_patterns.trees")
def test_a_node_with_one_child_is_not_a_leaf():
    tree = build((1, (2, None, None), (3, None, (4, None, None))), Reads())
    assert_returns(
        call_kata(path_sums, tree),
        [3, 8],
        "path_sums when node 3 has only a right child (the leaves are 2 and 4; 3 is no leaf, so 1 + 3 is no path)",
    )


@pytest.mark.checklist("interview_patterns.trees")
@pytest.mark.parametrize("side", ["left", "right"])
def test_a_chain_deeper_than_the_recursion_limit(side):
    reads = Reads(bound=4 * DEEP + 4)
    root = chain(DEEP, reads, side)
    got = explain_recursion(lambda: call_kata(levels, root))
    assert len(got) == DEEP and got[0] == [1] and got[-1] == [DEEP], f"a chain of {DEEP} nodes has {DEEP} levels of one"
    got = explain_recursion(lambda: call_kata(path_sums, root))
    assert_returns(got, [DEEP * (DEEP + 1) // 2], f"path_sums of a chain 1, 2, ..., {DEEP}: its only leaf")


@pytest.mark.checklist("interview_patterns.trees")
@pytest.mark.parametrize("function", [levels, path_sums], ids=["levels", "path_sums"])
@pytest.mark.parametrize("shape", ["complete", "chain"])
@pytest.mark.parametrize("size", [500, 4_000])
def test_each_node_is_read_a_constant_number_of_times(function, shape, size):
    nodes = 2 ** size.bit_length() - 1 if shape == "complete" else size
    bound = 4 * nodes + 4  # .left and .right at most twice each per node
    reads = Reads(bound)
    root = complete(size.bit_length(), reads) if shape == "complete" else chain(size, reads)
    explain_recursion(lambda: call_kata(function, root))
    assert reads.count <= bound, (
        f"{function.__name__} on a {shape} tree of {nodes} nodes read .left and .right {reads.count} times; "
        f"O(n) allows at most {bound}. Walking down from the root again for every level costs O(n * height)"
    )


def levels_by_depth(shape):
    out: dict = {}
    todo = [(shape, 0)]
    while todo:
        node, depth = todo.pop(0)
        if node is not None:
            out.setdefault(depth, []).append(node[0])
            todo += [(node[1], depth + 1), (node[2], depth + 1)]
    return [out[d] for d in sorted(out)]


def sums_to_leaves(shape, above=0):
    if shape is None:
        return []
    value, left, right = shape
    if left is None and right is None:
        return [above + value]
    return sums_to_leaves(left, above + value) + sums_to_leaves(right, above + value)


@pytest.mark.checklist("interview_patterns.trees")
def test_agrees_with_a_slow_model_on_random_trees():
    rng = random.Random(707)
    for _ in range(60):
        values = [rng.randint(-9, 9) for _ in range(rng.randint(1, 30))]
        shape = None
        for value in values:  # insert as in a binary search tree, without recursion
            if shape is None:
                shape = [value, None, None]
                continue
            node = shape
            while True:
                side = 1 if value < node[0] else 2
                if node[side] is None:
                    node[side] = [value, None, None]
                    break
                node = node[side]
        frozen = _freeze(shape)
        assert_returns(call_kata(levels, build(frozen, Reads())), levels_by_depth(frozen), f"levels of {frozen}")
        assert_returns(call_kata(path_sums, build(frozen, Reads())), sums_to_leaves(frozen), f"path_sums of {frozen}")


def _freeze(shape):
    return None if shape is None else (shape[0], _freeze(shape[1]), _freeze(shape[2]))
