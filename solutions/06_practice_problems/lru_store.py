"""Reference solution for lru_store.py: an OrderedDict kept in order of use, oldest first."""

from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int, store=None):
        """capacity: at least 1 (ValueError otherwise).

        store: an empty OrderedDict (or subclass) to keep the entries in; a new one if None.
        """
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, not {capacity}")
        self.capacity = capacity
        self.store = OrderedDict() if store is None else store

    def get(self, key, default=None):
        """Return the value for key and make key the most recently used; default if key is absent."""
        if key not in self.store:
            return default
        self.store.move_to_end(key)
        return self.store[key]

    def put(self, key, value) -> None:
        """Set key to value, make it the most recently used, and evict the least recently used if over capacity."""
        self.store[key] = value
        self.store.move_to_end(key)
        if len(self.store) > self.capacity:
            self.store.popitem(last=False)

    def __len__(self) -> int:
        """The number of cached entries."""
        return len(self.store)

    def __contains__(self, key) -> bool:
        """Whether key is cached; a peek, not a use: it changes no order."""
        return key in self.store
