"""Tests for bounded_buffer.py: threads are watched where they wait, never timed.

While a test runs, threading.Condition is a subclass that counts each thread's waits
(conditions that the threading module makes for its own Events and Threads are left alone).
So a test knows when a taker or putter really waits, can wake it for no reason with
notify_all, and can check that it waits again. Every thread is a daemon, every wait and
join has its bound, so a wrong answer fails in words instead of hanging.
"""

import collections
import sys
import threading

import pytest

from bounded_buffer import BoundedBuffer
from dojo.testing import assert_returns, call_kata, kata_raises

BOUND = 2.0  # seconds: the longest any wait or join in these tests may take
RealCondition = threading.Condition


class Watch:
    """Which conditions the kata made, and how often each thread has begun to wait on one."""

    def __init__(self):
        self.cond = RealCondition()
        self.conditions: list = []
        self.waits: collections.Counter = collections.Counter()

    def until(self, predicate) -> bool:
        with self.cond:
            return self.cond.wait_for(predicate, timeout=BOUND)

    def wake_everybody(self) -> None:
        """A wake-up that promises nothing: notify_all on every watched condition, nothing changed."""
        for condition in self.conditions:
            with condition:
                condition.notify_all()


WATCH = Watch()


class SpyCondition(RealCondition):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._watched = sys._getframe(1).f_globals.get("__name__") != "threading"
        if self._watched:
            WATCH.conditions.append(self)

    def wait(self, timeout=None):
        if self._watched:
            with WATCH.cond:
                WATCH.waits[threading.current_thread()] += 1
                WATCH.cond.notify_all()
        return super().wait(timeout)


@pytest.fixture
def watch(monkeypatch):
    global WATCH
    WATCH = Watch()
    monkeypatch.setattr(threading, "Condition", SpyCondition)
    return WATCH


class Worker:
    """One call in a daemon thread; its outcome is ("returned", value) or ("raised", exception)."""

    def __init__(self, call, name):
        self.outcome = None
        self.thread = threading.Thread(target=self._run, args=(call,), name=name, daemon=True)
        self.thread.start()

    def _run(self, call):
        try:
            self.outcome = ("returned", call())
        except BaseException as error:  # handed to the test
            self.outcome = ("raised", error)
        finally:
            with WATCH.cond:
                WATCH.cond.notify_all()

    @property
    def done(self) -> bool:
        return self.outcome is not None

    def finish(self, what: str):
        self.thread.join(BOUND)
        assert not self.thread.is_alive(), f"{what} was still waiting {BOUND:g} s later: notify the side that waits"
        return self.outcome


def waiting(watch, worker, times, what):
    if not watch.until(lambda: watch.waits[worker.thread] >= times or worker.done):
        pytest.fail(f"{what} neither waited on a threading.Condition nor returned within {BOUND:g} s", pytrace=False)
    if worker.done:
        pytest.fail(
            f"{what} should wait on the buffer's threading.Condition, but ended with {worker.outcome!r}",
            pytrace=False,
        )


@pytest.mark.checklist("concurrency.condition")
def test_first_in_first_out_and_len():
    buffer = call_kata(BoundedBuffer, 3)
    for item in ("a", "b", "c"):
        call_kata(buffer.put, item)
    assert_returns(call_kata(len, buffer), 3, "len(buffer) after three puts")
    taken = [call_kata(buffer.take) for _ in range(3)]
    assert_returns(taken, ["a", "b", "c"], "three takes")
    assert_returns(call_kata(len, buffer), 0, "len(buffer) after taking everything")


@pytest.mark.checklist("concurrency.condition")
def test_take_waits_for_an_item_and_a_put_wakes_it(watch):
    buffer = call_kata(BoundedBuffer, 2)
    taker = Worker(lambda: buffer.take(), "taker")
    waiting(watch, taker, 1, "take() on an empty buffer")
    call_kata(buffer.put, "x")
    assert_returns(taker.finish("take() after a put"), ("returned", "x"), "what the waiting take() did")


@pytest.mark.checklist("concurrency.condition")
def test_a_wake_up_with_nothing_to_take_waits_again(watch):
    buffer = call_kata(BoundedBuffer, 2)
    taker = Worker(lambda: buffer.take(), "taker")
    waiting(watch, taker, 1, "take() on an empty buffer")
    watch.wake_everybody()
    watch.until(lambda: watch.waits[taker.thread] >= 2 or taker.done)
    assert not taker.done, (
        f"take() was woken with nothing to take and ended with {taker.outcome!r} instead of waiting again: "
        "a wake-up is no promise, so check the condition again after every wait (wait in a loop)"
    )
    call_kata(buffer.put, "y")
    assert_returns(taker.finish("take() after a put"), ("returned", "y"), "what the waiting take() did")


@pytest.mark.checklist("concurrency.condition")
def test_put_on_a_full_buffer_waits_for_room(watch):
    buffer = call_kata(BoundedBuffer, 1)
    call_kata(buffer.put, "a")
    putter = Worker(lambda: buffer.put("b"), "putter")
    waiting(watch, putter, 1, "put() on a full buffer")
    watch.wake_everybody()
    watch.until(lambda: watch.waits[putter.thread] >= 2 or putter.done)
    assert not putter.done, (
        f"put() was woken while the buffer was still full and ended with {putter.outcome!r} instead of waiting "
        "again: check for room again after every wait"
    )
    assert_returns(call_kata(len, buffer), 1, "len(buffer) while a put waits")
    assert_returns(call_kata(buffer.take), "a", "the first take")
    assert_returns(putter.finish("put() after a take made room"), ("returned", None), "what the waiting put() did")
    assert_returns(call_kata(buffer.take), "b", "the second take")


@pytest.mark.checklist("concurrency.condition")
def test_timeouts_raise_and_change_nothing():
    buffer = call_kata(BoundedBuffer, 1)
    kata_raises(TimeoutError, buffer.take, timeout=0.05)
    call_kata(buffer.put, "kept")
    kata_raises(TimeoutError, buffer.put, "refused", timeout=0.05)
    assert_returns(call_kata(len, buffer), 1, "len(buffer) after a put that timed out")
    assert_returns(call_kata(buffer.take), "kept", "the take after the timeouts")


@pytest.mark.checklist("concurrency.condition")
def test_many_producers_and_consumers_pass_every_item_once(watch):
    buffer = call_kata(BoundedBuffer, 2)
    produced = [[f"p{p}-{i}" for i in range(25)] for p in range(3)]
    taken: list = []

    def produce(items):
        for item in items:
            buffer.put(item, timeout=BOUND)

    def consume():
        for _ in range(25):
            taken.append(buffer.take(timeout=BOUND))

    workers = [Worker(lambda items=items: produce(items), f"producer {n}") for n, items in enumerate(produced)]
    workers += [Worker(consume, f"consumer {n}") for n in range(3)]
    outcomes = [worker.finish(worker.thread.name) for worker in workers]
    failed = [(worker.thread.name, outcome) for worker, outcome in zip(workers, outcomes) if outcome[0] == "raised"]
    assert not failed, f"these threads failed: {failed}"
    assert sorted(taken) == sorted(item for items in produced for item in items), (
        f"{len(taken)} items taken for 75 put: every item must come out exactly once"
    )
    for items in produced:  # one producer's items come out in the order it put them
        order = [item for item in taken if item in set(items)]
        assert order == items, f"a producer's items came out as {order[:5]}...: the buffer is first in, first out"
