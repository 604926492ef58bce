"""Kata: an LRU cache with O(1) get and put.

Task: implement LRUCache.

A least-recently-used cache holds at most `capacity` entries. get and put make their key
the most recently used; when a put goes over capacity, the least recently used entry
goes. Both must cost O(1): no scanning the keys, no list.remove, no min() over
timestamps. collections.OrderedDict remembers an order and moves or pops an entry at
either end in O(1) (move_to_end, popitem(last=False)).

Keep the entries in `store`, one per cached key (the value, or a node of your own): the
tests pass a store that counts its work, and keys that count hashes and comparisons.
"""

from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int, store=None):
        """capacity: at least 1 (ValueError otherwise).

        store: an empty OrderedDict (or subclass) to keep the entries in; a new one if None.
        """
        raise NotImplementedError("LRUCache: keep the entries in store, in order of use")

    def get(self, key, default=None):
        """Return the value for key and make key the most recently used; default if key is absent."""
        raise NotImplementedError("get: look the key up and mark it used, in O(1)")

    def put(self, key, value) -> None:
        """Set key to value, make it the most recently used, and evict the least recently used if over capacity."""
        raise NotImplementedError("put: insert or replace, mark used, evict the oldest when over capacity")

    def __len__(self) -> int:
        """The number of cached entries."""
        raise NotImplementedError("__len__: how many entries are cached")

    def __contains__(self, key) -> bool:
        """Whether key is cached; a peek, not a use: it changes no order."""
        raise NotImplementedError("__contains__: a peek that changes no order")
