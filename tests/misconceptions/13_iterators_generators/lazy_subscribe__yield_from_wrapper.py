"""Misconception: delegating with `yield from` makes the outer function run its first line at the call.

Any function with yield (yield from included) is a generator function: its body, with the
registration in it, still waits for the first next().

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
    yield from _drain(bus.register(topic))


def chunked(items, size):
    if size < 1:
        raise ValueError(f"size must be at least 1, not {size}")
    return _chunks(items, size)
