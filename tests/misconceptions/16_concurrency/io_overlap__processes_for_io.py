"""Misconception: a process pool is the way to do anything concurrently, IO too (fetch is a closure: it cannot even be pickled).

checklist: concurrency.cpu_vs_io
"""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def fetch_all(urls, fetch, workers: int = 4) -> list:
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return list(pool.map(fetch, urls))
