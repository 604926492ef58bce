"""Kata: what the GIL means on the interpreter you are running.

Task: implement the three functions below.

CPython's Global Interpreter Lock lets one thread at a time run Python bytecode in a
process. Python 3.13 added a free-threaded build (`python3.13t`, PEP 703, experimental) that
can run without it, and Python 3.14 made that build officially supported (`python3.14t`,
PEP 779); the default build still has a GIL. Since 3.13 `sys._is_gil_enabled()` says whether
the GIL is on right now (even a free-threaded build turns it back on for a C extension that
does not declare support, or with PYTHON_GIL=1). Before 3.13 that function does not exist
and there is always a GIL.
"""


def gil_enabled() -> bool:
    """True when this interpreter runs with a GIL at the moment of the call."""
    raise NotImplementedError("gil_enabled: whether this interpreter runs with a GIL right now")


def pool_for(workload: str) -> type:
    """The concurrent.futures executor class to use for "cpu" or "io" work on this interpreter.

    Pure-Python CPU work needs several cores at once; IO work mostly waits. Any other
    workload is a mistake of the caller: raise ValueError.
    """
    raise NotImplementedError("pool_for: the executor class that suits this workload on this interpreter")


def classify(cpu_seconds: float, wall_seconds: float) -> str:
    """"cpu" if the work kept a core busy for at least half of its wall-clock time, "io" if less (it mostly waited).

    cpu_seconds is the CPU time the work used (time.process_time()), wall_seconds the
    elapsed time (time.perf_counter()); wall_seconds > 0.
    """
    raise NotImplementedError("classify: compare the CPU time with the elapsed time")
