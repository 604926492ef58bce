"""Misconception: work that takes long is CPU-bound (what matters is whether it computes or waits).

checklist: concurrency.cpu_vs_io
"""


def gil_enabled() -> bool:
    is_enabled = getattr(sys, "_is_gil_enabled", None)
    return True if is_enabled is None else bool(is_enabled())


def pool_for(workload: str) -> type:
    return ProcessPoolExecutor if workload == "cpu" else ThreadPoolExecutor


def classify(cpu_seconds: float, wall_seconds: float) -> str:
    return "cpu" if wall_seconds > 5 or cpu_seconds > 0.5 else "io"
