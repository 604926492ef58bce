"""Kata: crossing between a thread and the event loop.

Task: implement feed_from_thread and call_from_thread. Both are called in a plain thread (a
callback API, a worker of a thread pool), while the event loop `loop` runs in another thread.

The loop, and almost every asyncio object (Queue, Event, Future, Task), belong to the thread
that runs the loop: they are not thread-safe, and a call made from another thread can corrupt
them or wake nobody. asyncio has two doors for other threads: one schedules a plain callback
on the loop's thread, the other runs a coroutine there and hands the calling thread a
concurrent.futures.Future to wait on.
"""


def feed_from_thread(loop, queue, items) -> None:
    """Put every item of `items` on `queue` (an asyncio.Queue used by `loop`), in order, then None as an end mark."""
    raise NotImplementedError("feed_from_thread: get every item, then None, onto the loop's asyncio.Queue, in order")


def call_from_thread(loop, coroutine_function, *args, timeout: float):
    """Run coroutine_function(*args) on `loop` and return its result, or raise its exception.

    If it has not finished within `timeout` seconds, raise TimeoutError; the coroutine must not
    go on running on the loop then.
    """
    raise NotImplementedError("call_from_thread: run the coroutine on `loop`, wait at most `timeout` s for its result")
