"""Misconception: a put into a full cache evicts first, whatever the key.

Replacing the value of a key already cached adds no entry: evicting then loses a key for nothing.

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
        if len(self.store) >= self.capacity:
            self.store.popitem(last=False)
        self.store[key] = value
        self.store.move_to_end(key)
