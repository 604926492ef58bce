"""Reference solution: ask the interpreter; choose processes for CPU work while a GIL is on."""

import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def gil_enabled() -> bool:
    """True when this interpreter runs with a GIL at the moment of the call."""
    is_enabled = getattr(sys, "_is_gil_enabled", None)
    return True if is_enabled is None else bool(is_enabled())


def pool_for(workload: str) -> type:
    """The concurrent.futures executor class to use for "cpu" or "io" work on this interpreter; ValueError for any other."""
    if workload == "io":
        return ThreadPoolExecutor
    if workload == "cpu":
        return ProcessPoolExecutor if gil_enabled() else ThreadPoolExecutor
    raise ValueError(f"workload must be 'cpu' or 'io', not {workload!r}")


def classify(cpu_seconds: float, wall_seconds: float) -> str:
    """"cpu" if the work kept a core busy for at least half of its wall-clock time, "io" if less (it mostly waited)."""
    return "cpu" if cpu_seconds >= 0.5 * wall_seconds else "io"
