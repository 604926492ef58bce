"""Alternative: a dict picks the executor, and classify compares the busy ratio with one half.

gil_enabled asks the same function, through hasattr; pool_for looks the workload up in a table
(a KeyError there becomes the ValueError of a bad argument).
"""

import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def gil_enabled() -> bool:
    if hasattr(sys, "_is_gil_enabled"):
        return sys._is_gil_enabled() is True
    return True


def pool_for(workload: str) -> type:
    choices = {"io": ThreadPoolExecutor, "cpu": ProcessPoolExecutor if gil_enabled() else ThreadPoolExecutor}
    try:
        return choices[workload]
    except KeyError:
        raise ValueError(f"unknown workload {workload!r}: 'cpu' or 'io'") from None


def classify(cpu_seconds: float, wall_seconds: float) -> str:
    busy = cpu_seconds / wall_seconds
    return "io" if busy < 0.5 else "cpu"
