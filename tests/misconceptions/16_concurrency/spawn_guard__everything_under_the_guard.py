"""Misconception: the guard should hold everything but the imports, the function the pool calls too.

A spawned child imports the script as `__mp_main__`, where the guarded block does not run: it
finds no `square` to call (AttributeError: Can't get attribute 'square' on <module '__mp_main__'>),
the worker dies, and the pool starts another one that dies the same way.

checklist: concurrency.start_methods
override: whole
"""

import multiprocessing
import sys

print(f"loaded in {multiprocessing.current_process().name}", file=sys.stderr)

if __name__ == "__main__":

    def square(n: int) -> int:
        return n * n

    def squares(numbers: list[int], workers: int = 2) -> list[int]:
        with multiprocessing.get_context("spawn").Pool(workers) as pool:
            return pool.map(square, numbers)

    print(squares([1, 2, 3, 4]))
