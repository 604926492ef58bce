"""Misconception: one sentinel stops all consumers (each get() takes it from the queue: one sentinel stops one consumer).

checklist: none
"""


def process_all(items: list, handle, workers: int = 2) -> list:
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
            except Exception as error:
                errors.append(error)

    consumers = [threading.Thread(target=consume) for _ in range(workers)]
    for consumer in consumers:
        consumer.start()
    for job in enumerate(items):
        jobs.put(job)
    jobs.put(_STOP)
    for consumer in consumers:
        consumer.join()
    if errors:
        raise errors[0]
    return results
