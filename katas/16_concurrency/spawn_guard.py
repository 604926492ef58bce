"""Kata: start methods, and the guard a script needs when its children import it again.

Task: fix this script so that `python spawn_guard.py` prints the squares of 1 to 4, once, and
ends. Keep the spawn start method, and keep the `loaded in ...` line (printed on stderr) at the
top level: it shows which processes run the module's top-level code, and the tests count on it.

A process pool needs new Python processes, and multiprocessing can start one in three ways (its
start methods). fork copies the running parent, memory and all (the default on Linux up to
3.13); spawn starts a fresh interpreter (the default on Windows and macOS); forkserver forks
each child from a small server process started early (the default on Linux since 3.14). This
script asks for spawn with multiprocessing.get_context("spawn"), so it behaves the same on every
platform and version.

A spawned child knows nothing of its parent's memory. To find the function it is sent by name,
it imports the script again (as a module named `__mp_main__`) and so runs the script's
top-level code once more, in every child.

Try it: `python katas/16_concurrency/spawn_guard.py`. It may never end; Ctrl-C stops it.
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


print(squares([1, 2, 3, 4]))
