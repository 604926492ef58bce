"""Alternative: two Conditions on one Lock, not_empty and not_full, each waited on in a while loop and notified once per change.

With a condition per side, notify() wakes exactly the kind of thread that can use the change
(queue.Queue is built this way).
"""

import threading
import time
from collections import deque


class BoundedBuffer:
    def __init__(self, capacity: int):
        self._items: deque = deque()
        self._capacity = capacity
        lock = threading.Lock()
        self._not_empty = threading.Condition(lock)
        self._not_full = threading.Condition(lock)

    @staticmethod
    def _wait(condition, ready, timeout):
        deadline = None if timeout is None else time.monotonic() + timeout
        while not ready():
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                raise TimeoutError(f"gave up after {timeout} s")
            condition.wait(left)

    def put(self, item, timeout: float | None = None) -> None:
        with self._not_full:
            self._wait(self._not_full, lambda: len(self._items) < self._capacity, timeout)
            self._items.append(item)
            self._not_empty.notify()

    def take(self, timeout: float | None = None):
        with self._not_empty:
            self._wait(self._not_empty, lambda: bool(self._items), timeout)
            item = self._items.popleft()
            self._not_full.notify()
            return item

    def __len__(self) -> int:
        with self._not_empty:
            return len(self._items)
