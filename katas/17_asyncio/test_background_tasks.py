"""Tests for background_tasks.py: a background task is referenced until it ends, and its failure is seen.

The garbage collector is run on purpose (gc.collect()) so that a task nobody references
is destroyed at a known moment, and the loop's exception handler records what asyncio
would only have logged.
"""

import asyncio
import gc
import weakref

import pytest

import background_tasks as kata
from dojo.testing import call_kata


@pytest.fixture(autouse=True)
def empty_registry():
    kata.RUNNING.clear()
    del kata.FAILURES[:]
    yield
    kata.RUNNING.clear()
    del kata.FAILURES[:]


def run(main):
    """Run a test scenario on a fresh event loop; call_kata bounds it, the scenario bounds its own waits."""
    return call_kata(asyncio.run, main)


async def turns(count=20):
    for _ in range(count):
        await asyncio.sleep(0)


def record_loop_errors():
    """Route what the loop would log (destroyed tasks, unretrieved exceptions) into a list."""
    errors = []
    asyncio.get_running_loop().set_exception_handler(lambda loop, context: errors.append(context["message"]))
    return errors


async def waiter(handles, log):
    """Wait on a future that only this coroutine references; hand the test a weak reference to it."""
    future = asyncio.get_running_loop().create_future()
    handles.append(weakref.ref(future))
    log.append(("got", await future))


async def failing(error):
    await asyncio.sleep(0)
    raise error


def test_a_task_nobody_else_holds_survives_garbage_collection():
    async def main():
        errors, handles, log = record_loop_errors(), [], []
        kata.start_background(waiter(handles, log))  # the caller keeps nothing
        await turns()
        gc.collect()
        future = handles[0]() if handles else None
        if future is not None:
            future.set_result(7)
            await turns()
        return future is not None, log, errors

    survived, log, errors = run(main())
    assert survived, (
        f"the background task was garbage-collected while it waited (the loop reported: {errors}). The loop "
        "keeps only weak references to tasks: start_background must keep a strong one until the task is done"
    )
    assert log == [("got", 7)], f"the background task should have run to its end, it recorded {log}"


def test_running_holds_a_task_until_it_is_done():
    async def main():
        handles, log = [], []
        task = kata.start_background(waiter(handles, log))
        await turns()
        held = task in kata.RUNNING
        handles[0]().set_result("done")
        await turns()
        return held, task.done(), task in kata.RUNNING

    held, done, still_held = run(main())
    assert held, "while the task waits, RUNNING should hold it: that strong reference keeps it alive"
    assert done and not still_held, (
        "the task has finished but RUNNING still holds it: remove it when it is done (a done callback), "
        "or RUNNING grows with every task ever started"
    )


def test_a_failure_is_recorded_and_retrieved():
    async def main():
        errors, error = record_loop_errors(), ValueError("boom")
        kata.start_background(failing(error))
        await turns()
        gc.collect()
        await turns()
        return error, list(kata.FAILURES), len(kata.RUNNING), errors

    error, failures, running, errors = run(main())
    assert len(failures) == 1 and failures[0] is error, (
        f"FAILURES is {failures!r}: the ValueError the task raised should be in it, so no failure goes unseen"
    )
    assert running == 0, "a task that failed is done: RUNNING should no longer hold it"
    assert not errors, f"the loop reported: {errors}"


def test_a_cancelled_task_is_not_a_failure():
    async def main():
        errors, handles, log = record_loop_errors(), [], []
        task = kata.start_background(waiter(handles, log))
        await turns()
        held = task in kata.RUNNING
        task.cancel()
        await turns()
        return held, task.cancelled(), list(kata.FAILURES), len(kata.RUNNING), errors

    held, cancelled, failures, running, errors = run(main())
    assert held, "while the task waits, RUNNING should hold it"
    assert cancelled, "the task should end cancelled"
    assert not errors, (
        f"the loop reported an error in a callback: {errors}. Asking a cancelled task for its exception "
        "raises CancelledError: check task.cancelled() first"
    )
    assert failures == [], f"FAILURES is {failures!r}: a cancelled task did not fail"
    assert running == 0, "a cancelled task is done: RUNNING should no longer hold it"


def test_several_tasks_are_each_held_and_released():
    async def main():
        handles, log = [], []
        tasks = [kata.start_background(waiter(handles, log)) for _ in range(3)]
        await turns()
        held = len(kata.RUNNING)
        handles[1]().set_result("second")
        await turns()
        after_one = len(kata.RUNNING)
        for handle in (handles[0], handles[2]):
            handle().set_result("other")
        await turns()
        return held, after_one, len(kata.RUNNING), all(task.done() for task in tasks), list(kata.FAILURES)

    held, after_one, after_all, all_done, failures = run(main())
    assert (held, after_one, after_all) == (3, 2, 0), (
        f"RUNNING held {held}, then {after_one}, then {after_all} tasks: it should hold each unfinished task, "
        "3, then 2 after one finished, then 0"
    )
    assert all_done and failures == [], f"every task should finish without failure; FAILURES is {failures!r}"
