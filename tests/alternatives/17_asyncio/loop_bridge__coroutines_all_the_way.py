"""Alternative: the thread hands the loop coroutines: queue.put for each item, and a wait_for around the call.

run_coroutine_threadsafe for the feeding too (the thread waits for each put); the time limit is
applied on the loop by asyncio.wait_for, which cancels the coroutine there and raises TimeoutError.
"""

import asyncio


def feed_from_thread(loop, queue, items) -> None:
    for item in [*items, None]:
        asyncio.run_coroutine_threadsafe(queue.put(item), loop).result()


def call_from_thread(loop, coroutine_function, *args, timeout: float):
    limited = asyncio.wait_for(coroutine_function(*args), timeout)
    return asyncio.run_coroutine_threadsafe(limited, loop).result()
