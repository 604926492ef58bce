"""Kata: predict what each asyncio puzzle prints before Python tells you.

Task: replace the ... in each @predict(...) with what the puzzle prints: a string such as
"['a', 'b']" (lines joined by newlines if it prints several), or the exception class it
raises, such as @predict(KeyError). A puzzle that prints and then raises is written as
its printed lines followed by the exception's name on a last line, e.g. "start\nKeyError".
Work it out in your head; do not run the puzzles. The tests run each one in this
interpreter and compare (`get_event_loop_with_no_loop` in a fresh one: its truth depends on
the version, so predict for the Python you run).

One thread, one task at a time: a task runs until it reaches an await that has to wait,
and the loop runs ready tasks in the order they became ready.
"""

import asyncio
import subprocess
import sys
import threading
import time

from dojo import predict


@predict(...)
def calling_is_not_running():
    async def greet():
        print("hello")

    coroutine = greet()
    print(type(coroutine).__name__)
    coroutine.close()


@predict(...)
def awaited_in_which_order():
    async def step(name, log):
        log.append(name)

    async def main():
        log = []
        first, second = step("first", log), step("second", log)
        await second
        await first
        print(log)

    asyncio.run(main())


@predict(...)
def a_task_starts_later():
    async def main():
        log = []

        async def child():
            log.append("child")

        task = asyncio.create_task(child())
        log.append("parent")
        await task
        print(log)

    asyncio.run(main())


@predict(...)
def turns_at_each_await():
    async def worker(name, log):
        for i in range(2):
            log.append(f"{name}{i}")
            await asyncio.sleep(0)

    async def main():
        log = []
        await asyncio.gather(worker("a", log), worker("b", log))
        print(log)

    asyncio.run(main())


@predict(...)
def time_sleep_in_a_coroutine():
    async def worker(name, log):
        log.append(f"{name} starts")
        time.sleep(0.001)
        log.append(f"{name} ends")

    async def main():
        log = []
        await asyncio.gather(worker("a", log), worker("b", log))
        print(log)

    asyncio.run(main())


@predict(...)
def how_many_threads():
    async def where():
        await asyncio.sleep(0)
        return threading.get_ident()

    async def main():
        idents = await asyncio.gather(*(where() for _ in range(10)))
        print(len(set(idents)))

    asyncio.run(main())


@predict(...)
def waiting_too_long():
    async def main():
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
        print("done")

    asyncio.run(main())


@predict(...)
def cancel_arrives_at_an_await():
    async def worker():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cleaning up")
            raise

    async def main():
        task = asyncio.create_task(worker())
        await asyncio.sleep(0)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print("cancelled:", task.cancelled())

    asyncio.run(main())


@predict(...)
def swallowed_cancellation():
    async def worker():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "ignored"

    async def main():
        task = asyncio.create_task(worker())
        await asyncio.sleep(0)
        task.cancel()
        result = await task
        print(task.cancelled(), result)

    asyncio.run(main())


@predict(...)
def gather_after_a_failure():
    async def main():
        log = []

        async def slow():
            await asyncio.sleep(0.01)
            log.append("slow finished")

        async def bad():
            raise ValueError("boom")

        try:
            await asyncio.gather(slow(), bad())
        except ValueError:
            log.append("caught")
        await asyncio.sleep(0.02)
        print(log)

    asyncio.run(main())


@predict(...)
def gather_returning_exceptions():
    async def one():
        return 1

    async def bad():
        raise ValueError("boom")

    async def main():
        print(await asyncio.gather(one(), bad(), return_exceptions=True))

    asyncio.run(main())


@predict(...)
def task_group_after_a_failure():
    async def main():
        log = []

        async def slow():
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                log.append("slow cancelled")
                raise

        async def bad():
            await asyncio.sleep(0)
            raise ValueError("boom")

        try:
            async with asyncio.TaskGroup() as group:
                group.create_task(slow())
                group.create_task(bad())
        except Exception as error:
            print(type(error).__name__, log)

    asyncio.run(main())


@predict(...)
def wait_cancels_nothing():
    async def main():
        task = asyncio.ensure_future(asyncio.sleep(10))
        done, pending = await asyncio.wait({task}, timeout=0.01)
        print(len(done), len(pending), task.cancelled())
        task.cancel()

    asyncio.run(main())


@predict(...)
def cancel_one_child_of_gather():
    async def main():
        async def child(name):
            await asyncio.sleep(0)
            return name

        a, b = asyncio.ensure_future(child("a")), asyncio.ensure_future(child("b"))
        group = asyncio.gather(a, b)
        a.cancel()
        try:
            print(await group)
        except asyncio.CancelledError:
            print("CancelledError")
        print(group.cancelled(), a.cancelled(), await b)

    asyncio.run(main())


@predict(...)
def where_the_timeout_is_caught():
    async def main():
        try:
            async with asyncio.timeout(0.01):
                try:
                    await asyncio.sleep(1)
                except TimeoutError:
                    print("TimeoutError inside")
                except asyncio.CancelledError:
                    print("CancelledError inside")
                    raise
        except TimeoutError:
            print("TimeoutError outside")

    asyncio.run(main())


NO_LOOP_YET = """
import asyncio, warnings
warnings.simplefilter("ignore")  # 3.12 and 3.13 warn here; the puzzle asks what the call does
try:
    asyncio.get_event_loop()
except RuntimeError:
    print("RuntimeError")
else:
    print("a new loop")
"""


@predict(...)
def get_event_loop_with_no_loop():
    # A fresh interpreter, where no event loop has ever been set or run.
    child = subprocess.run([sys.executable, "-I", "-c", NO_LOOP_YET], capture_output=True, text=True, timeout=8)
    print(child.stdout.strip())
