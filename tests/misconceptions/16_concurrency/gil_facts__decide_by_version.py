"""Misconception: the version or the build says whether there is a GIL (a free-threaded build can run with or without it: ask the interpreter).

checklist: concurrency.gil
"""


import sysconfig


def gil_enabled() -> bool:
    return sys.version_info < (3, 13) or not sysconfig.get_config_var("Py_GIL_DISABLED")


def pool_for(workload: str) -> type:
    return ProcessPoolExecutor if workload == "cpu" else ThreadPoolExecutor


def classify(cpu_seconds: float, wall_seconds: float) -> str:
    return "cpu" if cpu_seconds >= 0.5 * wall_seconds else "io"
