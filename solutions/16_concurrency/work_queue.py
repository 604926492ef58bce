"""Reference solution: one sentinel per consumer stops it; each consumer records results and failures by index."""

import queue
import threading

_STOP = object()  # the sentinel: "no more items"


def process_all(items: list, handle, workers: int = 2) -> list:
    """Return [handle(item) for item in items], computed by `workers` consumer threads fed by a queue.Queue."""
    jobs: queue.Queue = queue.Queue()
    results: list = [None] * len(items)
    errors: list = []

    def consume():
        while True:
            job = jobs.get()
            if job is _STOP:
                return
            index, item = job
            try:
                results[index] = handle(item)
            except BaseException as error:  # even KeyboardInterrupt: handed to the caller once every consumer has stopped
                errors.append(error)

    consumers = [threading.Thread(target=consume) for _ in range(workers)]
    for consumer in consumers:
        consumer.start()
    for job in enumerate(items):
        jobs.put(job)
    for _ in consumers:
        jobs.put(_STOP)
    for consumer in consumers:
        consumer.join()
    if errors:
        raise errors[0]
    return results
