"""Tests for cancel_cleanup.py: a cancelled task ends cancelled, after its cleanup; a timeout cancels.

The fake source and handler wait until the test cancels them, and a source asked again
after a cancellation answers "no more items", so code that swallows the cancellation
returns by itself and fails its test instead of running on.
"""

import asyncio

from cancel_cleanup import consume, fetch_or_default
from dojo.testing import assert_returns, call_kata


def run(main):
    """Run a test scenario on a fresh event loop; call_kata bounds it, the scenario bounds its own waits."""
    return call_kata(asyncio.run, main)


async def wait_forever():
    await asyncio.get_running_loop().create_future()


class Source:
    """Hands out the items; then, if told to, waits once (until cancelled); after that, None."""

    def __init__(self, items, then_wait=True):
        self.items, self.then_wait, self.gets = list(items), then_wait, 0
        self.waiting = asyncio.Event()

    async def get(self):
        self.gets += 1
        if self.gets > 50:
            raise RuntimeError("consume kept asking for items after the source said None")
        await asyncio.sleep(0)
        if self.items:
            return self.items.pop(0)
        if self.then_wait and not self.waiting.is_set():
            self.waiting.set()
            await wait_forever()
        return None


class Handler:
    """Records the items it handles; raises ValueError for the ones in `failing`; waits forever on 'slow'."""

    def __init__(self, failing=()):
        self.handled, self.failing = [], set(failing)
        self.waiting = asyncio.Event()

    async def __call__(self, item):
        await asyncio.sleep(0)
        if item == "slow":
            self.waiting.set()
            await wait_forever()
        if item in self.failing:
            raise ValueError(f"cannot handle {item!r}")
        self.handled.append(item)


async def cancel_when(task, event):
    """Cancel task once event is set (or the task ended); wait for it to finish; all bounded."""
    try:
        await asyncio.wait_for(event.wait(), 1.0)
    except asyncio.TimeoutError:
        pass
    if task.done():
        task.result()  # the kata ended on its own: show what it raised
        raise AssertionError(f"consume returned {task.result()!r} before the test could cancel it")
    task.cancel()
    await asyncio.wait({task}, timeout=1.0)
    if not task.done():
        raise AssertionError("consume was still running 1 s after it was cancelled")


def swallowed(task):
    return (
        f"consume returned {task.result()!r} after it was cancelled, instead of ending cancelled: the "
        "CancelledError was caught and not re-raised. A bare `except:` catches it; `except Exception` does not"
    )


def test_cancelled_while_handling_an_item_it_ends_cancelled():
    async def main():
        source, handle, log = Source(["a", "slow", "b"], then_wait=False), Handler(), []
        task = asyncio.ensure_future(consume(source, handle, log))
        await cancel_when(task, handle.waiting)
        return task, log, handle.handled

    task, log, handled = run(main())
    assert task.cancelled(), swallowed(task)
    assert log == ["closed"], f"log is {log}: a cancellation is not a failed item, and 'closed' comes last, once"
    assert handled == ["a"], f"handled {handled}: after the cancellation no further item should be handled"


def test_cancelled_while_waiting_for_an_item_it_ends_cancelled():
    async def main():
        source, handle, log = Source(["a"]), Handler(), []
        task = asyncio.ensure_future(consume(source, handle, log))
        await cancel_when(task, source.waiting)
        return task, log

    task, log = run(main())
    assert task.cancelled(), swallowed(task)
    assert log == ["closed"], f"log is {log}: 'closed', once, is all a cancelled consume should log here"


def test_failed_items_are_logged_and_a_later_cancel_still_stops_it():
    async def main():
        source, handle, log = Source([1, 2, 3], then_wait=True), Handler(failing={2}), []
        task = asyncio.ensure_future(consume(source, handle, log))
        await cancel_when(task, source.waiting)
        return task, log, handle.handled

    task, log, handled = run(main())
    assert handled == [1, 3], f"handled {handled}: a failing item is logged and consume goes on with the next one"
    assert task.cancelled(), swallowed(task)
    assert log == [("failed", 2), "closed"], f"log is {log}, expected the failed item 2, then 'closed'"


def test_a_drained_consumer_returns_its_count_and_a_waiting_one_is_cancelled():
    async def main():
        drained = Source(["x", "y"], then_wait=False)
        waiting = Source([], then_wait=True)
        log_drained, log_waiting = [], []
        first = asyncio.ensure_future(consume(drained, Handler(), log_drained))
        second = asyncio.ensure_future(consume(waiting, Handler(), log_waiting))
        count = await asyncio.wait_for(first, 1.0)
        await cancel_when(second, waiting.waiting)
        return count, log_drained, second, log_waiting

    count, log_drained, second, log_waiting = run(main())
    assert count == 2, f"consume should return how many items it handled (2), not {count!r}"
    assert_returns(count, 2, 'count')
    assert log_drained == ["closed"], f"the drained consumer logged {log_drained}, expected just 'closed'"
    assert second.cancelled(), swallowed(second)
    assert log_waiting == ["closed"], f"the cancelled consumer logged {log_waiting}, expected just 'closed'"


def test_fetch_or_default_returns_a_fast_result():
    async def fast():
        await asyncio.sleep(0)
        return "fresh"

    async def main():
        return await asyncio.wait_for(fetch_or_default(fast(), 1.0, "stale"), 2.0)

    assert_returns(run(main()), "fresh", 'the result')


def test_fetch_or_default_cancels_a_slow_fetch_and_returns_the_default():
    log = []

    async def slow():
        try:
            await wait_forever()
        finally:
            log.append("fetch ended")

    async def call():
        try:
            result = await fetch_or_default(slow(), 0.02, "stale")
        except TimeoutError as escaped:
            result = escaped
        return result, list(log)  # the log as it is the moment fetch_or_default returned, not a turn later

    async def main():
        loop = asyncio.get_running_loop()
        started = loop.time()
        async with asyncio.timeout(1.0):
            (result, log_at_return) = await call()
        return result, loop.time() - started, log_at_return

    result, waited, log_at_return = run(main())
    if isinstance(result, TimeoutError):
        raise AssertionError(
            f"fetch_or_default let {type(result).__qualname__} escape instead of returning the default: "
            "catch the exception asyncio's time limit raises"
        )
    assert result == "stale", f"after the time limit fetch_or_default should return the default, not {result!r}"
    assert_returns(result, "stale", 'result')
    assert waited >= 0.018, f"fetch_or_default gave up after {waited:.3f} s, before its limit of 0.02 s"
    assert log_at_return == ["fetch ended"], (
        "when fetch_or_default returned, the slow fetch was still running: a timeout must cancel it "
        "and wait until it has ended (task.cancel() only asks), or it runs on unseen"
    )


def test_fetch_or_default_lets_a_timeout_error_of_fetch_itself_through():
    async def times_out_itself():
        await asyncio.sleep(0)
        raise TimeoutError("the backend's socket timed out")

    async def main():
        try:
            async with asyncio.timeout(2.0):
                result = await fetch_or_default(times_out_itself(), 1.0, "stale")
        except TimeoutError as error:
            return error
        return result

    outcome = run(main())
    assert isinstance(outcome, TimeoutError) and "socket" in str(outcome), (
        f"fetch_or_default gave {outcome!r}, though its own limit of 1 s had not run out: fetch raised "
        "TimeoutError('the backend's socket timed out') itself, and that must reach the caller. Only "
        "fetch_or_default's own time limit gives the default: ask the limit whether it expired"
    )


def test_fetch_or_default_lets_a_failure_of_fetch_through():
    async def broken():
        await asyncio.sleep(0)
        raise ValueError("backend down")

    async def main():
        try:
            result = await asyncio.wait_for(fetch_or_default(broken(), 1.0, "stale"), 2.0)
        except ValueError as error:
            return error
        return result

    outcome = run(main())
    assert isinstance(outcome, ValueError), (
        f"fetch_or_default returned {outcome!r}: only a timeout gives the default; "
        "an exception from fetch itself must reach the caller"
    )


def test_fetch_or_default_lets_a_failure_of_the_cancelled_fetch_through():
    async def fails_to_close():
        try:
            await wait_forever()
        except asyncio.CancelledError:
            raise ConnectionResetError("the connection broke while closing") from None

    async def main():
        try:
            async with asyncio.timeout(1.0):
                result = await fetch_or_default(fails_to_close(), 0.02, "stale")
        except ConnectionResetError as error:
            return error
        return result

    outcome = run(main())
    assert isinstance(outcome, ConnectionResetError), (
        f"fetch_or_default gave {outcome!r}: at the time limit fetch was cancelled and raised "
        "ConnectionResetError('the connection broke while closing') instead of ending cancelled. That is an "
        "error of fetch itself and must reach the caller: catch only the TimeoutError of your own limit"
    )
