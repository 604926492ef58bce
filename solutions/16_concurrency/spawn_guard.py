"""Kata: start methods, and the guard a script needs when its children import it again.

Reference solution: the work the script does as a program sits under `if __name__ == "__main__":`.
A spawned child imports the script as `__mp_main__`, so it defines square and squares (what it
needs to run the calls it is sent) and prints its `loaded in` line, but starts no pool of its own.
"""

import multiprocessing
import sys

print(f"loaded in {multiprocessing.current_process().name}", file=sys.stderr)


def square(n: int) -> int:
    return n * n


def squares(numbers: list[int], workers: int = 2) -> list[int]:
    """The squares of numbers, in order, computed in a pool of `workers` spawned processes."""
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        return pool.map(square, numbers)


if __name__ == "__main__":
    print(squares([1, 2, 3, 4]))
