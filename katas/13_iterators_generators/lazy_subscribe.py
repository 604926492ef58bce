"""Kata: a generator's body runs at the first next(), not at the call.

Task: subscribe and chunked each do one thing too late. Fix them.

- subscribe(bus, topic) must register with the bus the moment it is called, so that no
  message published after the call is lost, however long the caller waits before asking for
  the first one;
- chunked(items, size) must reject a size below 1 the moment it is called, not when the
  first chunk is asked for (by then the caller's stack is somewhere else).

Both must stay lazy: take an item or a message only when the caller asks for the next result.
"""

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
    queue = bus.register(topic)
    while queue:
        yield queue.popleft()


def chunked(items, size):
    """Yield lists of `size` consecutive items (the last one may be shorter); ValueError if size < 1."""
    if size < 1:
        raise ValueError(f"size must be at least 1, not {size}")
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
