"""Misconception: put_nowait never waits, so calling it from another thread is harmless (asyncio objects are not thread-safe).

checklist: none
"""


def feed_from_thread(loop, queue, items) -> None:
    for item in [*items, None]:
        queue.put_nowait(item)  # runs in the caller's thread: a waiting consumer is never woken properly
