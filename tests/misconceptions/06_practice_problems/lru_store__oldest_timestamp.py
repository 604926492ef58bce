"""Misconception: stamping each key with a use counter and evicting the min() stamp is O(1).

Correct, and min() looks at every cached key's stamp on each eviction: O(n) per put.

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

    def _stamp(self, key):
        self.clock = getattr(self, "clock", 0) + 1
        self.stamps = getattr(self, "stamps", {})
        self.stamps[key] = self.clock

    def get(self, key, default=None):
        if key not in self.store:
            return default
        self._stamp(key)
        return self.store[key]

    def put(self, key, value) -> None:
        self.store[key] = value
        self._stamp(key)
        if len(self.store) > self.capacity:
            oldest = min(self.store, key=self.stamps.__getitem__)
            del self.store[oldest]
            del self.stamps[oldest]
