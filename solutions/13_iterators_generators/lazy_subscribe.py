"""Reference solution for lazy_subscribe.py."""

from collections import deque


class Bus:
    """A tiny in-process message bus: publish() appends the message to every subscriber's queue."""

    def __init__(self):
        self.queues = {}  # topic -> [deque, ...], one per subscriber

    def register(self, topic) -> deque:
        queue = deque()
        self.queues.setdefault(topic, []).append(queue)
        return queue

    def publish(self, topic, message) -> None:
        for queue in self.queues.get(topic, []):
            queue.append(message)


def subscribe(bus, topic):
    """Register for topic now; return an iterator over the messages waiting for this subscriber.

    Each next() takes the oldest waiting message; the iterator ends when none is waiting.
    """
    queue = bus.register(topic)  # a plain function: this line runs at the call
    return _drain(queue)


def _drain(queue):
    while queue:
        yield queue.popleft()


def chunked(items, size):
    """Yield lists of `size` consecutive items (the last one may be shorter); ValueError if size < 1."""
    if size < 1:
        raise ValueError(f"size must be at least 1, not {size}")
    return _chunks(items, size)


def _chunks(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
