"""Tests for all_or_nothing.py: results in order, or the failure after every other coroutine has ended.

The coroutines wait on futures the test resolves, or forever, so which one ends when is
decided by the test; a sibling needs a few more turns of the loop to clean up after its
cancellation, so run_all must really wait for it, not only cancel it.
"""

import asyncio

from all_or_nothing import run_all
from dojo.testing import assert_returns, call_kata


def run(main):
    """Run a test scenario on a fresh event loop; call_kata bounds it, the scenario bounds its own waits."""
    return call_kata(asyncio.run, main)


async def wait_forever():
    await asyncio.get_running_loop().create_future()


def is_the_failure(raised, error):
    """The error itself, or an ExceptionGroup (3.11+) that holds it."""
    return raised is error or any(inner is error for inner in getattr(raised, "exceptions", ()))


async def run_with_a_failure(failure_first=False):
    """run_all over two endless siblings and one failing coroutine; return (what it raised, the error, the log)."""
    log, error = [], ValueError("boom")

    async def sibling(name):
        try:
            await wait_forever()
        except asyncio.CancelledError:
            for _ in range(3):
                await asyncio.sleep(0)  # cleaning up takes a few turns of the loop
            log.append(f"{name} cleaned up")
            raise

    async def failing():
        await asyncio.sleep(0)
        raise error

    coroutines = [failing(), sibling("a"), sibling("b")] if failure_first else [sibling("a"), failing(), sibling("b")]

    async def log_when_it_raises():
        try:
            return await run_all(coroutines), None
        except NotImplementedError:
            raise
        except Exception as raised:
            return raised, sorted(log)  # the log at the moment run_all raised

    try:
        outcome, log_then = await asyncio.wait_for(log_when_it_raises(), 1.0)
    except asyncio.TimeoutError:
        raise AssertionError(
            "run_all had not finished 1 s after one of its coroutines failed: the other two wait forever "
            "unless run_all cancels them"
        ) from None
    if log_then is None:
        raise AssertionError(f"run_all returned {outcome!r}, but one of its coroutines raised ValueError")
    return outcome, error, log_then


def test_results_come_in_order_whatever_order_they_finish_in():
    async def main():
        loop = asyncio.get_running_loop()
        answers = [loop.create_future() for _ in range(3)]

        async def value(index):
            return await answers[index]

        task = asyncio.ensure_future(run_all([value(0), value(1), value(2)]))
        for index in (2, 0, 1):
            await asyncio.sleep(0)
            answers[index].set_result(f"result {index}")
        return await asyncio.wait_for(task, 1.0)

    results = run(main())
    assert results == ["result 0", "result 1", "result 2"], (
        f"run_all returned {results!r}: results follow the order of the coroutines"
    )
    assert_returns(results, ["result 0", "result 1", "result 2"], 'results')


def test_a_failure_cancels_the_others_and_waits_for_their_cleanup():
    raised, error, log = run(run_with_a_failure())
    assert is_the_failure(raised, error), f"run_all raised {raised!r}, not the ValueError of the failing coroutine"
    assert log == ["a cleaned up", "b cleaned up"], (
        f"when run_all raised, the other coroutines had logged {log}: cancel every one that still runs, and "
        "wait until they have finished cleaning up before raising (plain gather does neither)"
    )


def test_a_failure_of_the_first_coroutine_also_cancels_the_rest():
    raised, error, log = run(run_with_a_failure(failure_first=True))
    assert is_the_failure(raised, error), f"run_all raised {raised!r}, not the ValueError of the failing coroutine"
    assert log == ["a cleaned up", "b cleaned up"], f"when run_all raised, the others had logged {log}"


def test_no_coroutines_give_an_empty_list():
    async def main():
        return await asyncio.wait_for(run_all([]), 1.0)

    results = run(main())
    assert results == [] and isinstance(results, list), f"run_all([]) returned {results!r}, not []"


def test_coroutines_that_succeed_are_not_cancelled():
    async def main():
        log = []

        async def quick(name):
            await asyncio.sleep(0)
            log.append(name)
            return name.upper()

        results = await asyncio.wait_for(run_all([quick("x"), quick("y")]), 1.0)
        return results, log

    results, log = run(main())
    assert results == ["X", "Y"], f"run_all returned {results!r}"
    assert_returns(results, ["X", "Y"], 'results')
    assert sorted(log) == ["x", "y"], f"both coroutines should have run to their end, the log is {log}"
