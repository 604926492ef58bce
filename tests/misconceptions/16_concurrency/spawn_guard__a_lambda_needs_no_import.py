"""Misconception: with the guard in place, the pool can be handed a lambda, so the child needs nothing of the script.

A call travels to a process pickled, and pickle sends a function by its module and name; a
lambda has no name to import, so the pool cannot even send the first call.

checklist: concurrency.start_methods
override: whole
"""

import multiprocessing
import sys

print(f"loaded in {multiprocessing.current_process().name}", file=sys.stderr)


def squares(numbers: list[int], workers: int = 2) -> list[int]:
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        return pool.map(lambda n: n * n, numbers)


if __name__ == "__main__":
    print(squares([1, 2, 3, 4]))
