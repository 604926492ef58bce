"""Misconception: queue.join() is how consumers finish (it returns when the items are done; the consumers stay blocked in get()).

checklist: none
"""


def process_all(items: list, handle, workers: int = 2) -> list:
    jobs: queue.Queue = queue.Queue()
    results: list = [None] * len(items)

    def consume():
        while True:
            index, item = jobs.get()
            try:
                results[index] = handle(item)
            finally:
                jobs.task_done()

    for _ in range(workers):
        threading.Thread(target=consume, daemon=True).start()
    for job in enumerate(items):
        jobs.put(job)
    jobs.join()
    return results
