"""Misconception: a thread pool spreads CPU-bound Python work over the cores.

checklist: concurrency.threading_vs_multiprocessing
"""


from concurrent.futures import ThreadPoolExecutor


def crunch(limit: int) -> tuple[int, int]:
    return os.getpid(), sum(i * i for i in range(limit))


def crunch_all(limits: list[int], workers: int = 2) -> list[tuple[int, int]]:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(crunch, limits))
