"""Misconception: the cure is another start method: with fork the children copy the parent and never import the script.

It does run on Linux, and nowhere else the same way: fork does not exist on Windows, is unsafe
in macOS's system libraries and in any process that already runs threads (3.12+ warns), and
Linux itself defaults to forkserver since 3.14. The script still starts its pool whenever it is
imported. The task keeps spawn, and the test sees that no child loaded the script.

checklist: concurrency.start_methods
override: whole
"""

import multiprocessing
import sys

print(f"loaded in {multiprocessing.current_process().name}", file=sys.stderr)


def square(n: int) -> int:
    return n * n


def squares(numbers: list[int], workers: int = 2) -> list[int]:
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return pool.map(square, numbers)


print(squares([1, 2, 3, 4]))
