"""Misconception: to make the check happen at the call, do all the work at the call.

The error now comes on time, but the chunks are built from the whole input first: an endless
stream never yields its first chunk.

checklist: iterators_generators.lifecycle
"""


class Bus:
    def __init__(self):
        self.queues = {}

    def register(self, topic) -> deque:
        queue = deque()
        self.queues.setdefault(topic, []).append(queue)
        return queue

    def publish(self, topic, message) -> None:
        for queue in self.queues.get(topic, []):
            queue.append(message)


def subscribe(bus, topic):
    queue = bus.register(topic)
    return _drain(queue)


def chunked(items, size):
    if size < 1:
        raise ValueError(f"size must be at least 1, not {size}")
    items = list(items)
    return iter([items[start:start + size] for start in range(0, len(items), size)])
