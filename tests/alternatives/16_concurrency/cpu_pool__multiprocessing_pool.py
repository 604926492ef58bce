"""Alternative: multiprocessing.Pool (spawn context) and its map, instead of concurrent.futures.

Pool.map also keeps the input order; the with block terminates the workers once the results are in.
"""

import multiprocessing
import os


def crunch(limit: int) -> tuple[int, int]:
    total = 0
    for i in range(limit):
        total += i * i
    return os.getpid(), total


def crunch_all(limits: list[int], workers: int = 2) -> list[tuple[int, int]]:
    with multiprocessing.get_context("spawn").Pool(processes=workers) as pool:
        return pool.map(crunch, limits)
