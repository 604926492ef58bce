"""Alternative: a queue.Queue(maxsize=capacity) does the waiting (on its own Conditions); its Full and Empty become TimeoutError.

Another standard-library tool: queue.Queue is a bounded buffer already.
"""

import queue


class BoundedBuffer:
    def __init__(self, capacity: int):
        self._queue: queue.Queue = queue.Queue(maxsize=capacity)

    def put(self, item, timeout: float | None = None) -> None:
        try:
            self._queue.put(item, timeout=timeout)
        except queue.Full:
            raise TimeoutError(f"no room within {timeout} s") from None

    def take(self, timeout: float | None = None):
        try:
            return self._queue.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"no item within {timeout} s") from None

    def __len__(self) -> int:
        return self._queue.qsize()
