"""Tests for stopping_threads.py: stopping is checked by events and bounded joins, never by sleeping.

The heartbeat's interval is long (INTERVAL), the bound short (BOUND): a heartbeat that sleeps
through its interval cannot stop within the bound, one that waits on a signal stops at once.
The pool's running call blocks on an Event the test sets, so what stop_pool does to the calls
behind it is seen while it runs.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from dojo.testing import assert_returns, call_kata
from stopping_threads import Heartbeat, stop_pool

BOUND = 2.0  # seconds any wait or join here may take
INTERVAL = 10.0  # the heartbeat's interval: five times the bound
STILL_WAITING = 0.5  # stop_pool still running this long after it cancelled the waiting calls: it waits


class Beats:
    def __init__(self):
        self.count = 0
        self.cond = threading.Condition()
        self.threads: set = set()

    def __call__(self):
        with self.cond:
            self.count += 1
            self.threads.add(threading.current_thread())
            self.cond.notify_all()

    def until(self, count) -> bool:
        with self.cond:
            return self.cond.wait_for(lambda: self.count >= count, timeout=BOUND)


def bounded(call, what):
    """Run call in a daemon thread; fail if it has not returned within BOUND."""
    outcome = []
    thread = threading.Thread(target=lambda: outcome.append(call()), daemon=True, name=what)
    thread.start()
    thread.join(BOUND)
    if thread.is_alive():
        pytest.fail(f"{what} had not returned {BOUND:g} s later", pytrace=False)
    return thread


@pytest.mark.checklist("concurrency.stopping")
def test_the_heartbeat_beats_at_once_in_a_thread_of_its_own():
    beats = Beats()
    heartbeat = call_kata(Heartbeat, beats, INTERVAL)
    assert beats.count == 0, "Heartbeat(...) must not call beat() before start()"
    call_kata(heartbeat.start)
    try:
        assert beats.until(1), f"start() should lead to a first beat at once; none came within {BOUND:g} s"
        assert threading.current_thread() not in beats.threads, "beat() ran in the caller's thread: start a thread"
    finally:
        bounded(heartbeat.stop, "stop()")


@pytest.mark.checklist("concurrency.stopping")
def test_stop_in_the_middle_of_an_interval_returns_promptly_and_the_thread_has_ended():
    beats = Beats()
    heartbeat = call_kata(Heartbeat, beats, INTERVAL)
    call_kata(heartbeat.start)
    assert beats.until(1), f"no first beat within {BOUND:g} s of start()"
    (beater,) = beats.threads
    bounded(heartbeat.stop, f"stop(), called {INTERVAL:g} s before the next beat was due,")
    assert not beater.is_alive(), (
        "stop() returned while the heartbeat's thread still runs: wait for it to end (join) before returning"
    )
    assert_returns(beats.count, 1, "the number of beats")


@pytest.mark.checklist("concurrency.stopping")
def test_beats_repeat_every_interval():
    beats = Beats()
    heartbeat = call_kata(Heartbeat, beats, 0.01)
    call_kata(heartbeat.start)
    try:
        assert beats.until(3), f"with an interval of 0.01 s, three beats should come well within {BOUND:g} s"
    finally:
        bounded(heartbeat.stop, "stop()")
    count = beats.count
    assert not any(thread.is_alive() for thread in beats.threads), "the heartbeat's thread is still alive after stop()"
    assert beats.count == count, "beat() was called after stop() returned"


@pytest.mark.checklist("concurrency.stopping")
def test_stop_pool_drops_the_waiting_calls_and_lets_the_running_one_finish():
    started, release = threading.Event(), threading.Event()

    def running_call():
        started.set()
        release.wait(BOUND)
        return "finished"

    pool = ThreadPoolExecutor(max_workers=1)
    try:
        running = pool.submit(running_call)
        waiting = [pool.submit(str, n) for n in range(3)]
        assert started.wait(BOUND), "the pool did not start the first call"
        raised: list = []

        def stop():
            try:
                stop_pool(pool)
            except BaseException as error:  # shown in the test below
                raised.append(error)

        stopper = threading.Thread(target=stop, daemon=True, name="stop_pool")
        stopper.start()
        for _ in range(int(BOUND / 0.01)):
            if all(future.cancelled() for future in waiting) or not stopper.is_alive():
                break
            release.wait(0.01)  # polls the futures, at most BOUND seconds; nothing sets release here
        if raised:
            raise raised[0]
        assert all(future.cancelled() for future in waiting), (
            f"stop_pool left {sum(not f.cancelled() for f in waiting)} of the 3 waiting calls to run (or cancelled them "
            "only after the running call had finished): calls still in the queue should be cancelled at once"
        )
        # The waiting calls can be cancelled before a stop_pool that does not wait has returned: give it time to.
        stopper.join(STILL_WAITING)
        assert stopper.is_alive(), (
            "stop_pool returned while a call was still running: it should wait until the running calls have finished"
        )
    finally:
        release.set()
    stopper.join(BOUND)
    assert not stopper.is_alive(), f"stop_pool had not returned {BOUND:g} s after the running call could finish"
    assert_returns(running.result(timeout=BOUND), "finished", "the running call's result")
    with pytest.raises(RuntimeError):
        pool.submit(str, "after")  # a pool that has been shut down takes no new work
