"""Misconception: threads are the tool for CPU work as well as for IO.

checklist: concurrency.threading_vs_multiprocessing
"""


from concurrent.futures import ThreadPoolExecutor


def gil_enabled() -> bool:
    is_enabled = getattr(sys, "_is_gil_enabled", None)
    return True if is_enabled is None else bool(is_enabled())


def pool_for(workload: str) -> type:
    return ThreadPoolExecutor


def classify(cpu_seconds: float, wall_seconds: float) -> str:
    return "cpu" if cpu_seconds >= 0.5 * wall_seconds else "io"
