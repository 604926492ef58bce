"""Kata: predict what the loop tells you about your mistakes, and what it lets through silently.

Task: replace the ... in each @predict(...) with what the puzzle prints: a string such as
"cancelled True" (lines joined by newlines if it prints several), or the exception class it
raises, such as @predict(ValueError). Work it out in your head, or from the asyncio docs'
page "Developing with asyncio"; do not run the puzzles. The tests run each one in this
interpreter and compare. Every puzzle is deterministic: where a thread runs, it is joined, or
what it does gives the same result whenever it does it.
"""

import asyncio
import threading
import warnings

from dojo import predict


@predict(...)
def call_soon_from_another_thread():
    async def main():
        loop = asyncio.get_running_loop()
        caught = []

        def from_a_thread():
            try:
                loop.call_soon(print, "scheduled")
            except RuntimeError as error:
                caught.append(error)

        thread = threading.Thread(target=from_a_thread)
        thread.start()
        thread.join()  # a short wait; the loop is held meanwhile
        if caught:
            raise caught[0]

    asyncio.run(main(), debug=True)


@predict(...)
def cancel_a_future_from_another_thread():
    async def main():
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        thread = threading.Thread(target=loop.call_soon_threadsafe, args=(future.cancel,))
        thread.start()
        try:
            await future
        except asyncio.CancelledError:
            print("cancelled", future.cancelled())
        thread.join()

    asyncio.run(main())


@predict(...)
def a_failure_nobody_retrieves():
    async def fails():
        raise ValueError("lost")

    async def main():
        asyncio.get_running_loop().set_exception_handler(lambda loop, context: print(context["message"]))
        asyncio.create_task(fails())
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        print("main ends")

    asyncio.run(main())


@predict(...)
def never_awaited_in_debug_mode():
    async def job():
        pass

    async def main():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            job()
        print(len(caught), caught[0].category.__name__, "Coroutine created at" in str(caught[0].message))

    asyncio.run(main(), debug=True)
