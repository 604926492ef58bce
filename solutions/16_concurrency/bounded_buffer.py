"""Reference solution: one Condition; every wait is a wait_for on the predicate, every change notifies all."""

import threading
from collections import deque


class BoundedBuffer:
    def __init__(self, capacity: int):
        """An empty buffer that holds at most `capacity` items (capacity >= 1)."""
        self._items: deque = deque()
        self._capacity = capacity
        self._changed = threading.Condition()

    def put(self, item, timeout: float | None = None) -> None:
        """Add item at the end, once there is room; TimeoutError if there is none within `timeout` seconds."""
        with self._changed:
            # wait_for re-checks the predicate after every wake-up: a wake-up is no promise
            if not self._changed.wait_for(lambda: len(self._items) < self._capacity, timeout):
                raise TimeoutError(f"no room within {timeout} s")
            self._items.append(item)
            self._changed.notify_all()  # takers and putters share one condition: wake them all

    def take(self, timeout: float | None = None):
        """Remove and return the oldest item, once there is one; TimeoutError if none comes within `timeout` seconds."""
        with self._changed:
            if not self._changed.wait_for(lambda: self._items, timeout):
                raise TimeoutError(f"no item within {timeout} s")
            item = self._items.popleft()
            self._changed.notify_all()
            return item

    def __len__(self) -> int:
        """How many items the buffer holds now."""
        with self._changed:
            return len(self._items)
