"""Alternative: a main() called under the guard, and concurrent.futures' ProcessPoolExecutor with a spawn context.

The executor starts its spawned workers as calls arrive (one or two here), where Pool starts all
of them at once; each still imports the script as `__mp_main__` and prints its `loaded in` line.

override: whole
"""

import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor

print(f"loaded in {multiprocessing.current_process().name}", file=sys.stderr)


def square(n: int) -> int:
    return n * n


def squares(numbers: list[int], workers: int = 2) -> list[int]:
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return list(pool.map(square, numbers))


def main() -> None:
    print(squares([1, 2, 3, 4]))


if __name__ == "__main__":
    main()
