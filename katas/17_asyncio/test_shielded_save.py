"""Tests for shielded_save.py: the save waits on an Event the test sets, so whether it survives is seen, not timed.

Every scenario runs on a fresh event loop under asyncio.timeout, so a wrong answer fails in
words instead of hanging.
"""

import asyncio

import pytest

import shielded_save
from dojo.testing import assert_returns, call_kata
from shielded_save import save_then_reply

BOUND = 2.0  # seconds: the longest any wait here may take


@pytest.fixture(autouse=True)
def empty_saving():
    shielded_save.SAVING.clear()
    yield
    shielded_save.SAVING.clear()


class Store:
    """save(record) logs its start, waits until the test lets it finish, then logs the record as saved."""

    def __init__(self, fails=None):
        self.log: list = []
        self.started = asyncio.Event()
        self.finish = asyncio.Event()
        self.fails = fails

    async def save(self, record):
        self.log.append("started")
        self.started.set()
        try:
            await self.finish.wait()
        except asyncio.CancelledError:
            self.log.append("save cancelled")
            raise
        if self.fails is not None:
            raise self.fails
        self.log.append(f"saved {record}")


def run(main):
    async def bounded():
        async with asyncio.timeout(BOUND):
            return await main()

    return call_kata(asyncio.run, bounded(), time_limit=2 * BOUND)


def held():
    return len(shielded_save.SAVING)


@pytest.mark.checklist("asyncio.shield_timeout")
def test_a_save_that_ends_in_time_is_saved():
    async def main():
        store = Store()
        store.finish.set()
        reply = await save_then_reply(store.save, "r1", BOUND)
        await asyncio.sleep(0)  # done callbacks run one turn after the task ends
        return reply, store.log, held()

    reply, log, still_held = run(main)
    assert_returns(reply, "saved", "the reply")
    assert log == ["started", "saved r1"], f"the save logged {log}"
    assert still_held == 0, "a save that has ended should have left SAVING"


@pytest.mark.checklist("asyncio.shield_timeout")
def test_a_slow_save_goes_on_after_the_reply():
    async def main():
        store = Store()
        reply = await save_then_reply(store.save, "r2", 0.05)
        running = [task for task in shielded_save.SAVING if not task.done()]
        log_at_reply = list(store.log)
        store.finish.set()
        for task in list(shielded_save.SAVING):
            await asyncio.wait({task})
        await asyncio.sleep(0)
        return reply, log_at_reply, len(running), store.log, held()

    reply, log_at_reply, running, log, still_held = run(main)
    assert_returns(reply, "saving in the background", "the reply after the time limit")
    assert log_at_reply == ["started"] and running == 1, (
        f"when save_then_reply returned, the save had logged {log_at_reply} and SAVING held {running} running "
        "task(s): the time limit must not cancel the save (shield it), and SAVING must hold its task"
    )
    assert log == ["started", "saved r2"], f"the save should complete after the reply; it logged {log}"
    assert still_held == 0, "a save that has ended should have left SAVING"


@pytest.mark.checklist("asyncio.shield_timeout")
def test_a_cancelled_caller_ends_cancelled_and_the_save_goes_on():
    async def main():
        store = Store()
        caller = asyncio.ensure_future(save_then_reply(store.save, "r3", BOUND))
        started = asyncio.ensure_future(store.started.wait())
        await asyncio.wait({caller, started}, return_when=asyncio.FIRST_COMPLETED)
        started.cancel()
        if caller.done():  # it ended before the save could even start: show how
            raise AssertionError(f"save_then_reply ended before the save started: {caller.result()!r}")
        caller.cancel()
        await asyncio.wait({caller})
        saves = list(shielded_save.SAVING)
        store.finish.set()
        for task in saves:
            await asyncio.wait({task})
        await asyncio.sleep(0)
        return caller, store.log, len(saves), held()

    caller, log, saves, still_held = run(main)
    assert caller.cancelled(), (
        f"the cancelled caller returned {caller.result()!r} instead of ending cancelled: only the save is "
        "protected, the caller's own cancellation must go through"
    )
    assert saves == 1, f"SAVING held {saves} tasks after the caller was cancelled, not the one save still running"
    assert log == ["started", "saved r3"], (
        f"the save logged {log}: cancelling the caller must not cancel the save it started (shield it)"
    )
    assert still_held == 0, "a save that has ended should have left SAVING"


@pytest.mark.checklist("asyncio.shield_timeout")
def test_a_save_that_fails_in_time_raises_in_the_caller():
    async def main():
        store = Store(fails=OSError("disk full"))
        store.finish.set()
        try:
            return await save_then_reply(store.save, "r4", BOUND)
        except OSError as error:
            return error

    outcome = run(main)
    assert isinstance(outcome, OSError), f"save_then_reply gave {outcome!r}: the save's own OSError should reach the caller"


def test_a_timeout_error_of_the_save_itself_reaches_the_caller():
    async def main():
        store = Store(fails=TimeoutError("the disk did not answer"))
        store.finish.set()
        try:
            return await save_then_reply(store.save, "r5", BOUND)
        except TimeoutError as error:
            return error

    outcome = run(main)
    assert isinstance(outcome, TimeoutError) and "disk" in str(outcome), (
        f"save_then_reply gave {outcome!r}, though its limit of {BOUND:g} s had not run out: the save raised "
        "TimeoutError('the disk did not answer') itself, and that must reach the caller. Only your own time "
        "limit means 'not in time': ask the limit whether it expired"
    )


def test_a_deadline_of_the_caller_that_runs_out_with_the_limit_is_not_swallowed():
    async def main():
        store = Store()
        deadline = asyncio.timeout(0)  # the caller's own deadline, due now: it fires in the same turn as a limit of 0
        try:
            async with deadline:
                outcome = await save_then_reply(store.save, "r6", 0)
        except TimeoutError as error:
            outcome = error
        saves = list(shielded_save.SAVING)
        store.finish.set()
        for task in saves:
            await asyncio.wait({task})
        return outcome, deadline.expired()

    outcome, deadline_expired = run(main)
    if deadline_expired:  # the deadline cancelled the caller while save_then_reply was waiting
        assert isinstance(outcome, TimeoutError), (
            f"save_then_reply returned {outcome!r} although the caller's own deadline (an asyncio.timeout around "
            "the call) cancelled it as save_then_reply's limit ran out: that cancellation was caught and turned "
            "into a reply. asyncio.timeout turns only its own cancellation into TimeoutError; catch that, and "
            "let CancelledError through"
        )
    else:  # it replied before the deadline could fire
        assert outcome in ("saved", "saving in the background"), f"save_then_reply gave {outcome!r}"
