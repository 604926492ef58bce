"""Tests for loop_bridge.py: the kata runs in a daemon thread while the test's event loop runs.

The queue handed to feed_from_thread notes the thread each of its methods runs on; the
coroutines handed to call_from_thread note the loop they run on, and log when they are
cancelled. Every wait is bounded (asyncio.timeout on the loop, a daemon thread for the kata),
so a wrong answer fails in words instead of hanging.
"""

import asyncio
import threading

import pytest

from dojo.testing import assert_returns, call_kata
from loop_bridge import call_from_thread, feed_from_thread

BOUND = 2.0  # seconds: the longest any wait in these tests may take


def run(main):
    return call_kata(asyncio.run, main, time_limit=3 * BOUND)


async def in_a_thread(function, *args, **kwargs):
    """Run function in a daemon thread; return ("returned", value) or ("raised", error), within BOUND."""
    loop = asyncio.get_running_loop()
    outcome = loop.create_future()

    def body():
        try:
            result = ("returned", function(*args, **kwargs))
        except BaseException as error:  # handed to the test
            result = ("raised", error)
        loop.call_soon_threadsafe(lambda: outcome.done() or outcome.set_result(result))

    threading.Thread(target=body, daemon=True, name="kata thread").start()
    try:
        async with asyncio.timeout(BOUND):
            return await outcome
    except TimeoutError:
        raise AssertionError(f"the kata's call had not returned {BOUND:g} s later") from None


class WatchedQueue(asyncio.Queue):
    """An asyncio.Queue that notes which thread runs each of its methods."""

    def __init__(self):
        super().__init__()
        self.strangers: list = []
        self.home = threading.get_ident()

    def _check(self, method):
        if threading.get_ident() != self.home:
            self.strangers.append(f"{method} ran in the thread {threading.current_thread().name!r}")

    def put_nowait(self, item):
        self._check("put_nowait")
        return super().put_nowait(item)

    async def put(self, item):
        self._check("put")
        return await super().put(item)


def strangers_message(queue):
    return (
        f"{queue.strangers[0]}, not in the event loop's thread: an asyncio.Queue is not thread-safe. "
        "Have the loop's own thread make the call"
    )


@pytest.mark.checklist("asyncio.thread_boundary")
def test_items_arrive_in_order_and_every_call_runs_on_the_loops_thread():
    async def main():
        queue = WatchedQueue()
        outcome = await in_a_thread(feed_from_thread, asyncio.get_running_loop(), queue, ["a", "b", "c"])
        received = []
        if outcome[0] == "returned":
            try:
                async with asyncio.timeout(BOUND):
                    while (item := await queue.get()) is not None:
                        received.append(item)
            except TimeoutError:
                received.append(f"nothing more within {BOUND:g} s, and no None")
        return outcome, received, queue

    outcome, received, queue = run(main())
    if outcome[0] == "raised":
        raise outcome[1]
    assert not queue.strangers, strangers_message(queue)
    assert_returns(received, ["a", "b", "c"], "the items the loop received before None")


@pytest.mark.checklist("asyncio.thread_boundary")
def test_a_waiting_consumer_is_woken_from_another_thread():
    async def main():
        queue = WatchedQueue()
        getter = asyncio.ensure_future(queue.get())
        await asyncio.sleep(0)  # the consumer now waits inside get()
        outcome = await in_a_thread(feed_from_thread, asyncio.get_running_loop(), queue, ["wake"])
        if outcome[0] == "raised":
            getter.cancel()
            return outcome, None, queue
        try:
            async with asyncio.timeout(BOUND):
                first = await getter
        except TimeoutError:
            first = "nothing: the waiting consumer was never woken"
        return outcome, first, queue

    outcome, first, queue = run(main())
    if outcome[0] == "raised":
        raise outcome[1]
    assert not queue.strangers, strangers_message(queue)
    assert_returns(first, "wake", "what the waiting consumer got")


@pytest.mark.checklist("asyncio.thread_boundary")
def test_call_from_thread_returns_the_result_of_a_coroutine_run_on_the_loop():
    async def main():
        loop = asyncio.get_running_loop()
        ran_on = []

        async def add(a, b):
            ran_on.append(asyncio.get_running_loop())
            await asyncio.sleep(0)
            return a + b

        outcome = await in_a_thread(call_from_thread, loop, add, 2, 3, timeout=BOUND)
        return outcome, ran_on == [loop]

    outcome, on_the_loop = run(main())
    if outcome[0] == "raised":
        raise outcome[1]
    assert on_the_loop, "the coroutine did not run on `loop`: another event loop is no place for it"
    assert_returns(outcome, ("returned", 5), "call_from_thread(loop, add, 2, 3)")


@pytest.mark.checklist("asyncio.thread_boundary")
def test_call_from_thread_raises_the_coroutines_exception():
    async def main():
        async def broken():
            await asyncio.sleep(0)
            raise ValueError("backend down")

        return await in_a_thread(call_from_thread, asyncio.get_running_loop(), broken, timeout=BOUND)

    kind, value = run(main())
    if isinstance(value, NotImplementedError):
        raise value
    assert kind == "raised" and isinstance(value, ValueError), (
        f"call_from_thread gave {(kind, value)!r}: the coroutine's own ValueError should reach the thread"
    )


@pytest.mark.checklist("asyncio.thread_boundary")
def test_call_from_thread_times_out_and_the_coroutine_is_cancelled():
    async def main():
        loop = asyncio.get_running_loop()
        cancelled = asyncio.Event()

        async def forever():
            try:
                await loop.create_future()
            except asyncio.CancelledError:
                cancelled.set()
                raise

        kind, value = await in_a_thread(call_from_thread, loop, forever, timeout=0.05)
        if kind == "raised" and not isinstance(value, TimeoutError):
            return kind, value, False
        try:
            async with asyncio.timeout(BOUND):
                await cancelled.wait()
        except TimeoutError:
            pass
        return kind, value, cancelled.is_set()

    kind, value, was_cancelled = run(main())
    if isinstance(value, NotImplementedError):
        raise value
    assert kind == "raised" and isinstance(value, TimeoutError), (
        f"call_from_thread(..., timeout=0.05) on a coroutine that never ends gave {(kind, value)!r}, not TimeoutError"
    )
    assert was_cancelled, (
        "after the timeout the coroutine was still running on the loop: cancel what you stopped waiting for"
    )
