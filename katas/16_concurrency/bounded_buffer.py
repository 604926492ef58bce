"""Kata: a bounded buffer, with threading.Condition.

Task: implement BoundedBuffer, a first-in first-out buffer that several threads share.
put(item) waits while the buffer is full; take() waits while it is empty and returns the
oldest item. Each wakes the threads that wait on the other side. Both accept `timeout`
(seconds; None waits as long as it takes) and raise TimeoutError when it runs out, leaving
the buffer as it was.

threading.Condition pairs a lock with a way to wait until another thread says something has
changed. Waking up says only that: a woken thread may find that another one was faster, or
that it was woken for a reason that is not its own (notify_all wakes everybody). And a
condition's notify() and wait() must be called with its lock held.
"""

import threading  # noqa: F401  (you will want it)


class BoundedBuffer:
    def __init__(self, capacity: int):
        """An empty buffer that holds at most `capacity` items (capacity >= 1)."""
        raise NotImplementedError("BoundedBuffer: an empty buffer of at most `capacity` items, shared by threads")

    def put(self, item, timeout: float | None = None) -> None:
        """Add item at the end, once there is room; TimeoutError if there is none within `timeout` seconds."""
        raise NotImplementedError("put: add the item when there is room, waiting if the buffer is full")

    def take(self, timeout: float | None = None):
        """Remove and return the oldest item, once there is one; TimeoutError if none comes within `timeout` seconds."""
        raise NotImplementedError("take: remove and return the oldest item, waiting while the buffer is empty")

    def __len__(self) -> int:
        """How many items the buffer holds now."""
        raise NotImplementedError("__len__: how many items the buffer holds now")
