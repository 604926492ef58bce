"""Tests for blocking_sleep.py: while kata code waits, the event loop must keep running other tasks.

A blocking call is detected by what the loop sees, never by a stopwatch on the kata code:
a heartbeat task beats at every turn of the loop, and a call that holds the loop shows up
as a long gap between two beats (or, in debug mode, as a slow callback the loop reports).
The kata code is asked to wait BLOCK seconds; a wait that blocks leaves a gap of at least
BLOCK, one that does not leaves gaps of microseconds. SUSPECT sits far from both.
"""

import asyncio
import logging

import pytest

from blocking_sleep import fetch_price, poll_until
from dojo.testing import assert_returns, call_kata

BLOCK = 0.3  # seconds the kata code is told to wait
SUSPECT = 0.15  # a gap between two heartbeats this long means something held the loop


def run(main, **options):
    """Run a test scenario on a fresh event loop; call_kata bounds it, the scenario bounds its own waits."""
    return call_kata(asyncio.run, main, time_limit=5.0, **options)


async def largest_gap_while(coroutine, beats=20):
    """Start coroutine beside a heartbeat; after `beats` beats cancel it; return the largest gap between beats."""
    loop = asyncio.get_running_loop()
    stamps = []

    async def heart():
        for _ in range(beats):
            stamps.append(loop.time())
            await asyncio.sleep(0)

    beating = asyncio.ensure_future(heart())
    await asyncio.sleep(0)  # the first beat happens before the kata code starts
    task = asyncio.ensure_future(coroutine)
    await asyncio.wait_for(beating, 4.0)
    task.cancel()
    await asyncio.wait({task}, timeout=2.0)
    return max(later - earlier for earlier, later in zip(stamps, stamps[1:]))


def held_the_loop(gap, what):
    return (
        f"while {what} waited, the event loop stood still for {gap:.2f} s: no other task could run. "
        "time.sleep blocks the only thread the loop has; await a sleep that suspends the coroutine instead"
    )


class Heartbeat:
    """A task that beats at every turn of the loop: while it beats, the loop is free."""

    def __init__(self):
        self.beats = 0

    async def __aenter__(self):
        self._task = asyncio.ensure_future(self._beat())
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, *exc_info):
        self._task.cancel()

    async def _beat(self):
        while True:
            self.beats += 1
            await asyncio.sleep(0)


@pytest.mark.checklist("asyncio.never_block")
def test_fetch_price_waits_its_latency_and_returns_the_price():
    async def main():
        loop = asyncio.get_running_loop()
        async with Heartbeat() as heart:

            async def fetch_counting_beats():
                before, started = heart.beats, loop.time()
                price = await fetch_price("ACME", 0.02)
                return price, heart.beats - before, loop.time() - started

            return await asyncio.wait_for(fetch_counting_beats(), 1.0)

    price, beats, waited = run(main())
    assert beats > 0, (
        "the heartbeat did not beat once while fetch_price waited: its wait held the loop. "
        "Await a sleep that suspends the coroutine instead of calling time.sleep"
    )
    assert price == "ACME: 100", f"fetch_price returned {price!r}, not 'ACME: 100'"
    assert_returns(price, "ACME: 100", 'price')
    assert waited >= 0.018, f"fetch_price returned after {waited:.3f} s: it should still wait its latency (0.02 s)"


@pytest.mark.checklist("asyncio.never_block")
def test_the_loop_keeps_beating_while_a_price_is_fetched():
    gap = run(largest_gap_while(fetch_price("ACME", BLOCK)))
    assert gap < SUSPECT, held_the_loop(gap, f"fetch_price('ACME', {BLOCK})")


@pytest.mark.checklist("asyncio.never_block")
def test_debug_mode_reports_no_slow_callback(caplog):
    async def main():
        asyncio.get_running_loop().slow_callback_duration = SUSPECT
        return await largest_gap_while(fetch_price("ACME", BLOCK))

    with caplog.at_level(logging.WARNING, logger="asyncio"):
        run(main(), debug=True)
    slow = [r.getMessage() for r in caplog.records if r.name == "asyncio" and "took" in r.getMessage()]
    assert not slow, (
        f"asyncio's debug mode reported a step that held the loop: {slow[0][:160]}. "
        "A coroutine step must hand the loop back quickly; await instead of blocking"
    )


def poll_with_heartbeat(answers, interval, attempts):
    """Run poll_until beside a heartbeat; ready() returns the next answer (False once they run out).

    Return (poll_until's result, the heartbeat's count at each call of ready()).
    """
    async def main():
        answers_left = iter(answers)
        async with Heartbeat() as heart:
            seen = []

            def ready():
                seen.append(heart.beats)
                return next(answers_left, False)

            result = await asyncio.wait_for(poll_until(ready, interval, attempts), 2.0)
        return result, seen

    return run(main())


def assert_the_loop_ran_between_polls(seen):
    stalled = [k + 1 for k, (a, b) in enumerate(zip(seen, seen[1:])) if a == b]
    assert not stalled, (
        f"the heartbeat did not beat between polls {stalled} and the next (it counted {seen} at the polls): "
        "poll_until held the loop while it waited. Await a sleep instead of calling time.sleep"
    )


@pytest.mark.checklist("asyncio.never_block")
def test_poll_until_lets_other_tasks_make_the_condition_true():
    async def main():
        async with Heartbeat() as heart:
            seen = []

            def ready():
                seen.append(heart.beats)
                return heart.beats >= 3  # only another task can make this true

            result = await asyncio.wait_for(poll_until(ready, 0.002, 10), 2.0)
        return result, seen

    result, seen = run(main())
    assert result is True, (
        f"poll_until returned {result!r}; the heartbeat had beaten {seen} times at its polls. Another task "
        "makes ready() true, and it can only run while poll_until waits without blocking the loop"
    )


@pytest.mark.checklist("asyncio.never_block")
def test_poll_until_waits_without_holding_the_loop():
    gap = run(largest_gap_while(poll_until(lambda: False, BLOCK, 1)))
    assert gap < SUSPECT, held_the_loop(gap, f"poll_until(..., interval={BLOCK})")


@pytest.mark.checklist("asyncio.never_block")
def test_poll_until_gives_up_after_its_attempts():
    result, seen = poll_with_heartbeat([], 0.001, 4)
    assert_the_loop_ran_between_polls(seen)
    assert result is False, "poll_until should return False when ready() never returned True"
    assert len(seen) == 4, f"ready() was called {len(seen)} times: exactly `attempts` (4) polls"


@pytest.mark.checklist("asyncio.never_block")
def test_poll_until_stops_at_the_first_true():
    result, seen = poll_with_heartbeat([False, True, False], 0.001, 5)
    assert_the_loop_ran_between_polls(seen)
    assert result is True, "poll_until should return True once ready() returned True"
    assert len(seen) == 2, f"ready() was called {len(seen)} times: stop polling at the first True (call 2)"
