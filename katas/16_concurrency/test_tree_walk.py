"""Tests for tree_walk.py: a pool too small for the tree, watched so that waiting for itself fails at once.

The pool handed to walk_tree is a ThreadPoolExecutor whose futures refuse to be waited for,
unfinished, by a worker of the same pool: that is the wait that deadlocks once every worker
does it. After each test the pool is shut down with cancel_futures=True, which also frees any
worker left waiting, so nothing hangs.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from dojo.testing import assert_returns, call_kata
from tree_walk import walk_tree

BOUND = 2.0  # seconds walk_tree may take


class PoolWaitsForItself(Exception):
    """A task of the pool waited for another task of the same pool that had not finished."""


class WatchedPool(ThreadPoolExecutor):
    def __init__(self, workers):
        super().__init__(max_workers=workers, thread_name_prefix="pool worker")
        self.calls = 0
        self.lock = threading.Lock()

    def _is_worker(self) -> bool:
        return threading.current_thread() in self._threads

    def submit(self, fn, /, *args, **kwargs):
        future = super().submit(fn, *args, **kwargs)
        plain_result = future.result

        def result(timeout=None):
            if self._is_worker() and not future.done():
                raise PoolWaitsForItself(
                    f"{threading.current_thread().name} waited for a task of its own pool: a pool of "
                    f"{self._max_workers} worker(s) deadlocks as soon as all of them wait like this. Let only the "
                    "caller's thread wait for the pool"
                )
            return plain_result(timeout)

        future.result = result
        return future


class Tree:
    """A tree given as {node: [children]}; children() counts its calls and notes the thread of each."""

    def __init__(self, shape):
        self.shape = shape
        self.calls: list = []

    def children(self, node):
        self.calls.append((node, threading.current_thread().name))
        return list(self.shape.get(node, []))


def full_tree(depth, width):
    shape, level = {}, ["r"]
    for _ in range(depth):
        nxt = []
        for node in level:
            shape[node] = [f"{node}.{i}" for i in range(width)]
            nxt += shape[node]
        level = nxt
    return shape


def walk(tree, workers):
    pool = WatchedPool(workers)
    try:
        return call_kata(walk_tree, "r", tree.children, pool, time_limit=BOUND)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)  # frees a worker left waiting on a queued task


def check_order(found, tree):
    position = {node: i for i, node in enumerate(found)}
    for parent, kids in tree.shape.items():
        assert all(position[parent] < position[kid] for kid in kids), f"a child of {parent} came before it: {found}"
        assert [position[kid] for kid in kids] == sorted(position[kid] for kid in kids), (
            f"the children of {parent} are not in the order children() listed them: {found}"
        )


def nodes_of(tree):
    return ["r"] + [kid for kids in tree.shape.values() for kid in kids]


@pytest.mark.checklist("concurrency.pool_deadlock")
@pytest.mark.parametrize("workers", [1, 2])
def test_a_small_pool_walks_a_deep_tree(workers):
    tree = Tree(full_tree(depth=3, width=2))
    found = walk(tree, workers)
    assert isinstance(found, list), f"walk_tree returned {found!r}, not a list"
    assert sorted(found) == sorted(nodes_of(tree)), f"walk_tree found {found}, not every node once"
    check_order(found, tree)


@pytest.mark.checklist("concurrency.pool_deadlock")
def test_every_call_of_children_runs_in_the_pool_once_per_node():
    tree = Tree(full_tree(depth=2, width=3))
    walk(tree, 2)
    nodes = [node for node, _ in tree.calls]
    assert sorted(nodes) == sorted(nodes_of(tree)), f"children() was called for {nodes}: once per node"
    outside = [node for node, thread in tree.calls if not thread.startswith("pool worker")]
    assert not outside, f"children({outside[0]!r}) ran outside the pool: its calls are slow, run them in the pool"


@pytest.mark.checklist("concurrency.pool_deadlock")
def test_a_lone_root_and_a_single_path():
    assert_returns(walk(Tree({}), 1), ["r"], "walk_tree of a tree that is only its root")
    path = Tree({"r": ["a"], "a": ["b"], "b": ["c"]})
    assert_returns(walk(path, 1), ["r", "a", "b", "c"], "walk_tree of a single path")


@pytest.mark.checklist("concurrency.pool_deadlock")
def test_siblings_keep_the_order_children_gives():
    tree = Tree({"r": ["z", "a", "m"], "z": ["z2", "z1"], "m": ["m1"]})
    found = walk(tree, 2)
    assert sorted(found) == sorted(nodes_of(tree)), f"walk_tree found {found}"
    check_order(found, tree)
