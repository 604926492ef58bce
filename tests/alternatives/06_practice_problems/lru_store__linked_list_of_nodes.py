"""Alternative: a doubly linked list of my own, with the store used only as a dict from key to node.

The textbook design: a sentinel node between the most and the least recently used ends, each
node linking to its neighbours. A use unlinks the node and relinks it next to the sentinel; an
eviction unlinks the node at the other end and deletes its key. No OrderedDict method is called.
"""

from collections import OrderedDict


class _Node:
    __slots__ = ("key", "value", "before", "after")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.before = self.after = self


class LRUCache:
    def __init__(self, capacity: int, store=None):
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, not {capacity}")
        self.capacity = capacity
        self.store = OrderedDict() if store is None else store
        self.sentinel = _Node()  # sentinel.after: the least recently used; sentinel.before: the most

    def _unlink(self, node):
        node.before.after, node.after.before = node.after, node.before

    def _append(self, node):
        last = self.sentinel.before
        last.after, node.before, node.after, self.sentinel.before = node, last, self.sentinel, node

    def get(self, key, default=None):
        node = self.store.get(key)
        if node is None:
            return default
        self._unlink(node)
        self._append(node)
        return node.value

    def put(self, key, value) -> None:
        node = self.store.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
        else:
            node = _Node(key, value)
            self.store[key] = node
            if len(self.store) > self.capacity:
                oldest = self.sentinel.after
                self._unlink(oldest)
                del self.store[oldest.key]
        self._append(node)

    def __len__(self) -> int:
        return len(self.store)

    def __contains__(self, key) -> bool:
        return key in self.store
