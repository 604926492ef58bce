"""Alternative: use the store only as a dict: pop and re-insert to refresh, evict the first key iterated.

Every dict keeps insertion order, so deleting a key and inserting it again moves it to the end,
and next(iter(store)) is the least recently used key: O(1) each, no OrderedDict method needed.
"""

from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int, store=None):
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, not {capacity}")
        self.capacity = capacity
        self.store = OrderedDict() if store is None else store

    def get(self, key, default=None):
        if key not in self.store:
            return default
        value = self.store.pop(key)
        self.store[key] = value
        return value

    def put(self, key, value) -> None:
        if key in self.store:
            del self.store[key]
        elif len(self.store) == self.capacity:
            del self.store[next(iter(self.store))]
        self.store[key] = value

    def __len__(self) -> int:
        return len(self.store)

    def __contains__(self, key) -> bool:
        return key in self.store
