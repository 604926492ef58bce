"""Misconception: a waiting thread notices a change by itself (nobody notifies it, so it waits until its timeout).

checklist: none
"""


class BoundedBuffer:
    def __init__(self, capacity: int):
        self._items: deque = deque()
        self._capacity = capacity
        self._changed = threading.Condition()

    def put(self, item, timeout: float | None = None) -> None:
        with self._changed:
            if not self._changed.wait_for(lambda: len(self._items) < self._capacity, timeout):
                raise TimeoutError(f"no room within {timeout} s")
            self._items.append(item)

    def take(self, timeout: float | None = None):
        with self._changed:
            if not self._changed.wait_for(lambda: self._items, timeout):
                raise TimeoutError(f"no item within {timeout} s")
            return self._items.popleft()

    def __len__(self) -> int:
        with self._changed:
            return len(self._items)
