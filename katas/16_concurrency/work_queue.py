"""Kata: producer and consumers with queue.Queue.

Task: implement process_all. Start `workers` consumer threads that take items from one
queue.Queue and call handle(item); put every item on the queue; return the results of handle
in the order of items. When process_all returns, every consumer thread has finished, each
by returning: none dies on an exception (threading.excepthook would report it).
If a handle call raises, process_all raises that exception (after the consumers have stopped)
instead of hanging, a BaseException such as KeyboardInterrupt too: none is lost.

queue.Queue does the locking for you: put and get are safe from any thread, get blocks until
an item arrives. What the queue cannot do is tell a consumer that no more items will come.
"""


def process_all(items: list, handle, workers: int = 2) -> list:
    """Return [handle(item) for item in items], computed by `workers` consumer threads fed by a queue.Queue."""
    raise NotImplementedError("process_all: feed a queue.Queue to `workers` consumer threads, then stop them")
