"""Misconception: anything callable can be sent to a process pool, a lambda too.

checklist: concurrency.threading_vs_multiprocessing
"""


def crunch(limit: int) -> tuple[int, int]:
    return os.getpid(), sum(i * i for i in range(limit))


def crunch_all(limits: list[int], workers: int = 2) -> list[tuple[int, int]]:
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return list(pool.map(lambda limit: crunch(limit), limits))
