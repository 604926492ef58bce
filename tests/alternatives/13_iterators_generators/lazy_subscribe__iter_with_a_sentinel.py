"""Alternative: no helper generators; iter(callable, sentinel) builds both lazy iterators.

subscribe registers at the call and returns iter(take, END): each next() calls take(), and the
iterator ends when take() returns the sentinel. chunked checks the size at the call and
returns iter(lambda: list(islice(items, size)), []): each next() reads one chunk, and the
first empty chunk ends it.
"""

from itertools import islice

_END = object()


def subscribe(bus, topic):
    """Register for topic now; return an iterator over the messages waiting for this subscriber."""
    queue = bus.register(topic)
    return iter(lambda: queue.popleft() if queue else _END, _END)


def chunked(items, size):
    """Yield lists of `size` consecutive items (the last one may be shorter); ValueError if size < 1."""
    if size < 1:
        raise ValueError(f"size must be at least 1, not {size}")
    items = iter(items)
    return iter(lambda: list(islice(items, size)), [])
