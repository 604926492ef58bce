"""Alternative: None as the sentinel, results gathered in a dict keyed by index, consumers joined with a bound.

Items may be None too, so jobs travel as (index, item) pairs and only a bare None means "stop".
"""

import queue
import threading


def process_all(items: list, handle, workers: int = 2) -> list:
    jobs: queue.Queue = queue.Queue()
    done: dict = {}
    failures: list = []

    def consume():
        for index, item in iter(jobs.get, None):
            try:
                done[index] = handle(item)
            except BaseException as error:  # noqa: BLE001 - the caller gets it, as concurrent.futures does
                failures.append((index, error))

    threads = [threading.Thread(target=consume, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for pair in enumerate(items):
        jobs.put(pair)
    for _ in threads:
        jobs.put(None)
    for thread in threads:
        thread.join()
    if failures:
        raise min(failures, key=lambda failure: failure[0])[1]
    return [done[index] for index in range(len(items))]
