"""Misconception: a consumer needs no error handling (an exception kills it before task_done and join() waits forever).

checklist: none
"""


def process_all(items: list, handle, workers: int = 2) -> list:
    jobs: queue.Queue = queue.Queue()
    results: list = [None] * len(items)
    stop = object()

    def consume():
        while True:
            job = jobs.get()
            if job is stop:
                jobs.task_done()
                return
            index, item = job
            results[index] = handle(item)
            jobs.task_done()

    consumers = [threading.Thread(target=consume) for _ in range(workers)]
    for consumer in consumers:
        consumer.start()
    for job in enumerate(items):
        jobs.put(job)
    for _ in consumers:
        jobs.put(stop)
    jobs.join()
    return results
