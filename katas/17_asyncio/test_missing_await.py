"""Tests for missing_await.py: a coroutine's body runs only when it is awaited."""

import asyncio
import gc
import warnings

from dojo.testing import assert_returns, call_kata
from missing_await import build_report, first_line, notify


def run(main):
    """Run a test scenario on a fresh event loop; call_kata bounds it, the scenario bounds its own waits."""
    return call_kata(asyncio.run, main)


def recording_send(log):
    async def send(user):
        log.append(("start", user))
        await asyncio.sleep(0)
        log.append(("sent", user))

    return send


def test_notify_delivers_to_every_user():
    log = []

    async def main():
        count = await asyncio.wait_for(notify(["ada", "grace", "linus"], recording_send(log)), 1.0)
        return count, [user for event, user in log if event == "sent"]

    count, sent = run(main())
    assert sent == ["ada", "grace", "linus"], (
        f"by the time notify returned, these were delivered: {sent}. Calling send(user) only makes a "
        "coroutine object: its body runs when you await it"
    )
    assert count == 3, f"notify should return how many messages it sent (3), not {count!r}"
    assert_returns(count, 3, 'count')


def test_notify_sends_one_after_another():
    log = []

    async def main():
        await asyncio.wait_for(notify(["ada", "grace"], recording_send(log)), 1.0)

    run(main())
    assert log == [("start", "ada"), ("sent", "ada"), ("start", "grace"), ("sent", "grace")], (
        f"events were {log}: each send should finish before the next one starts (await each in turn)"
    )


def test_notify_leaves_no_coroutine_unawaited():
    log = []

    async def main():
        await asyncio.wait_for(notify(["ada"], recording_send(log)), 1.0)

    gc.collect()  # garbage of earlier tests is not this test's business
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run(main())
        gc.collect()
    never_awaited = [str(w.message) for w in caught if "recording_send" in str(w.message)]
    assert not never_awaited, f"Python warned: {never_awaited}. Await every coroutine you create"
    assert ("sent", "ada") in log, "send('ada') never ran"


def test_first_line_awaits_the_reply():
    async def ask(question):
        await asyncio.sleep(0)
        return f"  42 is the answer to {question}  \nsecond line"

    async def main():
        return await asyncio.wait_for(first_line(ask, "everything"), 1.0)

    assert_returns(run(main()), "42 is the answer to everything", 'the result')


def test_build_report_runs_the_coroutine_to_completion():
    async def make_report(name):
        await asyncio.sleep(0)
        return f"report {name}"

    result = call_kata(build_report, make_report, "q3")
    assert result == "report q3", (
        f"build_report returned {result!r}: a synchronous caller starts an event loop for the coroutine "
        "(asyncio.run) and gets back what the coroutine returned"
    )
    assert_returns(result, "report q3", 'result')
    assert_returns(call_kata(build_report, make_report, "q4"), "report q4", 'build_report(make_report, "q4")')
