"""Misconception: a dict for the values and a list for the order is an LRU cache.

Correct, and every use does order.remove(key): a scan of up to capacity keys, O(n) per get.

checklist: practice_problems.lru_cache
"""


class LRUCache:
    def __init__(self, capacity: int, store=None):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.store = OrderedDict() if store is None else store
        self.order = []

    def __len__(self) -> int:
        return len(self.store)

    def __contains__(self, key) -> bool:
        return key in self.store

    def get(self, key, default=None):
        if key not in self.store:
            return default
        self.order.remove(key)
        self.order.append(key)
        return self.store[key]

    def put(self, key, value) -> None:
        if key in self.store:
            self.order.remove(key)
        self.order.append(key)
        self.store[key] = value
        if len(self.order) > self.capacity:
            del self.store[self.order.pop(0)]
