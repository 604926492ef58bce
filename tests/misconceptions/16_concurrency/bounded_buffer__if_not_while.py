"""Misconception: a woken thread may go ahead, its condition must now be true (`if` around wait, not a loop).

checklist: none
"""


class BoundedBuffer:
    def __init__(self, capacity: int):
        self._items: deque = deque()
        self._capacity = capacity
        self._changed = threading.Condition()

    def put(self, item, timeout: float | None = None) -> None:
        with self._changed:
            if len(self._items) >= self._capacity and not self._changed.wait(timeout):
                raise TimeoutError(f"no room within {timeout} s")
            self._items.append(item)
            self._changed.notify_all()

    def take(self, timeout: float | None = None):
        with self._changed:
            if not self._items and not self._changed.wait(timeout):
                raise TimeoutError(f"no item within {timeout} s")
            item = self._items.popleft()  # woken for nothing: IndexError
            self._changed.notify_all()
            return item

    def __len__(self) -> int:
        with self._changed:
            return len(self._items)
