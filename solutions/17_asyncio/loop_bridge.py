"""Reference solution: call_soon_threadsafe for callbacks, run_coroutine_threadsafe for coroutines."""

import asyncio
import concurrent.futures


def feed_from_thread(loop, queue, items) -> None:
    """Put every item of `items` on `queue` (an asyncio.Queue used by `loop`), in order, then None as an end mark."""
    for item in [*items, None]:
        loop.call_soon_threadsafe(queue.put_nowait, item)  # runs on the loop's thread, in the order scheduled


def call_from_thread(loop, coroutine_function, *args, timeout: float):
    """Run coroutine_function(*args) on `loop` and return its result, or raise its exception."""
    future = asyncio.run_coroutine_threadsafe(coroutine_function(*args), loop)
    try:
        return future.result(timeout)
    except concurrent.futures.TimeoutError:  # the built-in TimeoutError since 3.11
        future.cancel()  # cancels the task on the loop too
        raise
