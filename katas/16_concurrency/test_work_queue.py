"""Tests for work_queue.py: a producer and its consumers, where every wait has its own bound.

The tests hand the kata a watched queue.Queue (the class is swapped for a subclass while a
test runs): a get() that would block forever gives up after GET_BOUND seconds and records a
starved consumer, and join() gives up after GET_BOUND seconds naming the unfinished items. A
wrong answer therefore fails in words instead of hanging the run.
"""

import collections
import queue
import sys
import threading

import pytest

from dojo.testing import assert_returns, call_kata, kata_raises
from work_queue import process_all

GET_BOUND = 1.0  # seconds a consumer may wait on an empty queue, or join() may wait, before the test calls it stuck
CALL_BOUND = 3 * GET_BOUND
RealQueue = queue.Queue


class ConsumerStarved(Exception):
    """A consumer waited on an empty queue for an item that nobody was going to put."""


class QueueNeverDone(Exception):
    """join() waited for items that no consumer marked as done."""


class WatchedQueue(RealQueue):
    starved: list = []  # replaced per test

    def get(self, block=True, timeout=None):
        if not block or timeout is not None:
            return super().get(block, timeout)
        try:
            return super().get(True, GET_BOUND)
        except queue.Empty:
            self.starved.append(threading.current_thread().name)
            raise ConsumerStarved(
                f"{threading.current_thread().name} waited {GET_BOUND:g} s on an empty queue: nothing tells it "
                "that no more items will come"
            ) from None

    def join(self):
        with self.all_tasks_done:
            if not self.all_tasks_done.wait_for(lambda: not self.unfinished_tasks, timeout=GET_BOUND):
                raise QueueNeverDone(
                    f"queue.join() waited {GET_BOUND:g} s for {self.unfinished_tasks} items that no consumer "
                    "marked with task_done(): did a consumer die on an exception?"
                )


@pytest.fixture
def watched(monkeypatch):
    """Swap queue.Queue (also where the kata module imported the name) for WatchedQueue; return the starved list."""
    starved: list = []
    monkeypatch.setattr(WatchedQueue, "starved", starved)
    monkeypatch.setattr(queue, "Queue", WatchedQueue)
    module = sys.modules[process_all.__module__]
    for name, value in list(vars(module).items()):
        if value is RealQueue:
            monkeypatch.setattr(module, name, WatchedQueue)
    return starved


class Recorder:
    """handle(item) -> item * 10, recording every call and the thread that made it."""

    def __init__(self, together: int = 1, failing=None):
        self.lock = threading.Lock()
        self.calls: list = []
        self.threads: list = []
        self.barrier = threading.Barrier(together, timeout=GET_BOUND) if together > 1 else None
        self.failing = failing

    def __call__(self, item):
        with self.lock:
            self.calls.append(item)
            self.threads.append(threading.current_thread())
        if self.barrier is not None:
            try:
                self.barrier.wait()
            except threading.BrokenBarrierError:
                raise AssertionError(
                    f"handle({item!r}) waited {GET_BOUND:g} s for {self.barrier.parties} consumers to be busy "
                    "at the same time: the consumers did not run at once"
                ) from None
        if item == self.failing:
            raise ValueError(f"cannot handle {item!r}")
        return item * 10


def _new_threads_alive(before: set) -> list:
    return [t.name for t in threading.enumerate() if t not in before and t.is_alive()]


ITEMS = [3, 1, 4, 1, 5, 9, 2, 6]


def test_every_item_is_handled_once_and_results_keep_their_order(watched):
    handle = Recorder()
    result = call_kata(process_all, ITEMS, handle, workers=2, time_limit=CALL_BOUND)
    assert result == [item * 10 for item in ITEMS], f"expected handle's results in the order of items, got {result!r}"
    assert_returns(result, [item * 10 for item in ITEMS], 'result')
    assert collections.Counter(handle.calls) == collections.Counter(ITEMS), (
        f"handle was called with {sorted(handle.calls)}; every item should be handled exactly once"
    )
    assert not watched, f"consumers were left waiting for items that never came: {watched}"


def test_consumers_work_at_the_same_time(watched):
    handle = Recorder(together=2)
    result = call_kata(process_all, [1, 2, 3, 4, 5, 6], handle, workers=2, time_limit=CALL_BOUND)
    assert result == [10, 20, 30, 40, 50, 60]
    assert_returns(result, [10, 20, 30, 40, 50, 60], 'result')
    assert threading.current_thread() not in handle.threads, "handle ran in the caller's thread, not in a consumer"
    assert len({id(t) for t in handle.threads}) <= 2, "workers=2 should mean at most two consumer threads"


def test_one_worker_means_one_consumer_thread(watched):
    handle = Recorder()
    call_kata(process_all, [1, 2, 3, 4], handle, workers=1, time_limit=CALL_BOUND)
    threads = {id(t) for t in handle.threads}
    assert len(threads) == 1 and threading.current_thread() not in handle.threads, (
        f"workers=1: every item should be handled by the one consumer thread, not by {len(threads)} threads "
        "or by the caller"
    )


def test_no_consumer_is_left_running(watched):
    before = set(threading.enumerate())
    call_kata(process_all, ITEMS, Recorder(), workers=3, time_limit=CALL_BOUND)
    alive = _new_threads_alive(before)
    assert not alive, (
        f"{alive} still running after process_all returned: they wait in get() for items that will never come. "
        "Tell each consumer to stop (one sentinel per consumer) and join them"
    )
    assert not watched, f"consumers were left waiting for items that never came: {watched}"


def test_a_failing_handle_raises_instead_of_hanging(watched):
    before = set(threading.enumerate())
    error = kata_raises(ValueError, process_all, ITEMS, Recorder(failing=5), workers=2, time_limit=CALL_BOUND)
    assert "5" in str(error), f"expected the ValueError of item 5, got {error!r}"
    assert not _new_threads_alive(before), "consumer threads were still running after process_all raised"


class GiveUp(BaseException):
    """Not an Exception: like KeyboardInterrupt and SystemExit, `except Exception` lets it through."""


def test_a_handle_raising_a_baseexception_is_not_lost(watched):
    before = set(threading.enumerate())

    def handle(item):
        if item == 5:
            raise GiveUp("handle gave up on item 5")
        return item * 10

    error = kata_raises(GiveUp, process_all, ITEMS, handle, workers=2, time_limit=CALL_BOUND)
    assert "item 5" in str(error), f"expected the GiveUp of item 5, got {error!r}"
    assert not _new_threads_alive(before), "consumer threads were still running after process_all raised"


def test_consumers_stop_by_returning_not_by_dying(watched, monkeypatch):
    died: list = []
    monkeypatch.setattr(threading, "excepthook", lambda args: died.append(f"{args.thread.name}: {args.exc_value!r}"))
    result = call_kata(process_all, ITEMS, Recorder(), workers=3, time_limit=CALL_BOUND)
    assert_returns(result, [item * 10 for item in ITEMS], "result")
    assert not died, (
        f"consumer threads ended on an exception: {died}. A consumer told to stop should return from its loop; "
        "check for the stop signal before using what get() returned"
    )
