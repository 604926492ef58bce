"""Misconception: notify() is a signal anyone may send at any time (it needs the condition's lock held: RuntimeError otherwise).

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
        self._changed.notify_all()  # the lock is already released here

    def take(self, timeout: float | None = None):
        with self._changed:
            if not self._changed.wait_for(lambda: self._items, timeout):
                raise TimeoutError(f"no item within {timeout} s")
            item = self._items.popleft()
        self._changed.notify_all()
        return item

    def __len__(self) -> int:
        with self._changed:
            return len(self._items)
