"""Misconception: one new process per task is as good as a pool.

checklist: concurrency.threading_vs_multiprocessing
"""


def crunch(limit: int) -> tuple[int, int]:
    return os.getpid(), sum(i * i for i in range(limit))


def _send(limit, results):
    results.put((limit, crunch(limit)))


def crunch_all(limits: list[int], workers: int = 2) -> list[tuple[int, int]]:
    context = multiprocessing.get_context("spawn")
    results = context.SimpleQueue()
    processes = [context.Process(target=_send, args=(limit, results)) for limit in limits]
    for process in processes:
        process.start()
    done = dict(results.get() for _ in processes)
    for process in processes:
        process.join()
    return [done[limit] for limit in limits]
