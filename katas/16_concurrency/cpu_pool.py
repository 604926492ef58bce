"""Kata: CPU-bound work goes to other processes.

Task: implement crunch and crunch_all.

On a CPython with a GIL, threads take turns running Python bytecode, so pure-Python number
crunching in threads uses one core however many threads you start. Processes each have their
own interpreter (and their own GIL). A pool sends each task to a worker process by pickling
the function and its arguments: the function must be importable by name in the worker, so it
lives at the top level of a module, never a lambda or a function defined inside another.
"""


def crunch(limit: int) -> tuple[int, int]:
    """Return (the pid of the process running this call, the sum of i * i for i in range(limit))."""
    raise NotImplementedError("crunch: return (os.getpid(), sum of squares below limit)")


def crunch_all(limits: list[int], workers: int = 2) -> list[tuple[int, int]]:
    """Return [crunch(limit) for limit in limits], computed in a pool of at most `workers` worker processes.

    Results come in the order of limits. The pool is shut down (its processes finished)
    before crunch_all returns.
    """
    raise NotImplementedError("crunch_all: map crunch over limits in a process pool of `workers` processes")
