"""Misconception: list(store)[0] is a cheap way to find the oldest entry of an OrderedDict.

Correct, and it copies every key to read the first one: O(n) per eviction. next(iter(store))
or popitem(last=False) reads one.

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
        if key not in self.store:
            return default
        self.store.move_to_end(key)
        return self.store[key]

    def put(self, key, value) -> None:
        self.store[key] = value
        self.store.move_to_end(key)
        if len(self.store) > self.capacity:
            del self.store[list(self.store.keys())[0]]
