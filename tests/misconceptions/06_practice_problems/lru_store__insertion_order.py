"""Misconception: an OrderedDict in insertion order is already an LRU cache.

Without move_to_end on get and on a repeated put it evicts the oldest inserted key (FIFO),
not the least recently used one.

checklist: practice_problems.lru_cache
"""


class LRUCache:
    def __init__(self, capacity: int, store=None):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.store = OrderedDict() if store is None else store

    def __len__(self) -> int:
        return len(self.store)

    def __contains__(self, key) -> bool:
        return key in self.store

    def get(self, key, default=None):
        return self.store[key] if key in self.store else default

    def put(self, key, value) -> None:
        self.store[key] = value
        if len(self.store) > self.capacity:
            self.store.popitem(last=False)
