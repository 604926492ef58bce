"""Reference solution: a ProcessPoolExecutor; crunch lives at module level so workers can import it by name."""

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor


def crunch(limit: int) -> tuple[int, int]:
    """Return (the pid of the process running this call, the sum of i * i for i in range(limit))."""
    return os.getpid(), sum(i * i for i in range(limit))


def crunch_all(limits: list[int], workers: int = 2) -> list[tuple[int, int]]:
    """Return [crunch(limit) for limit in limits], computed in a pool of at most `workers` worker processes."""
    # spawn: a fresh interpreter per worker, the same on every platform (and no fork of a threaded process).
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(crunch, limits))
