"""Kata: an LRU cache with O(1) get and put.

Task: implement LRUCache.

A least-recently-used cache holds at most `capacity` entries. get and put make their key
the most recently used; when a put goes over capacity, the least recently used entry
goes. Both must cost O(1), whatever the capacity: nothing may scan the keys.

Keep the entries in `store`, one per cached key (the value, or a node of your own): the
tests pass a store that counts its work, and keys that count hashes and comparisons.
"""

from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int, store=None):
        """capacity: at least 1 (ValueError otherwise).

        store: an empty OrderedDict (or subclass) to keep the entries in; a new one if None.
        """
        raise NotImplementedError("LRUCache: a cache of at most capacity entries, kept in store")

    def get(self, key, default=None):
        """Return the value for key and make key the most recently used; default if key is absent."""
        raise NotImplementedError("get: the value for key (or default); key becomes the most recently used, in O(1)")

    def put(self, key, value) -> None:
        """Set key to value, make it the most recently used, and evict the least recently used if over capacity."""
        raise NotImplementedError("put: set key to value, make it the most recently used, keep at most capacity entries, in O(1)")

    def __len__(self) -> int:
        """The number of cached entries."""
        raise NotImplementedError("__len__: how many entries are cached")

    def __contains__(self, key) -> bool:
        """Whether key is cached; a peek, not a use: it changes no order."""
        raise NotImplementedError("__contains__: whether key is cached, changing no order")
