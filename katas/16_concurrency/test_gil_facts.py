"""Tests for gil_facts.py: what holds on the running interpreter, and on the other kinds of build.

The other kinds are simulated: monkeypatch gives sys an _is_gil_enabled that answers False
(a free-threaded build with the GIL off) or takes it away (Python before 3.13).
"""

import sys
import sysconfig
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest

from dojo.testing import assert_returns, call_kata, kata_raises
from gil_facts import classify, gil_enabled, pool_for


def _really_enabled() -> bool:
    is_enabled = getattr(sys, "_is_gil_enabled", None)
    return True if is_enabled is None else bool(is_enabled())


@pytest.mark.checklist("concurrency.gil")
def test_gil_enabled_tells_the_truth_here():
    free_threaded_build = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    expected = _really_enabled()
    assert call_kata(gil_enabled) is expected, (
        f"this is Python {sys.version.split()[0]}, {'a free-threaded' if free_threaded_build else 'a default'} "
        f"build, and its GIL is {'on' if expected else 'off'}: gil_enabled() should return {expected}"
    )


@pytest.mark.checklist("concurrency.gil")
def test_gil_enabled_on_a_free_threaded_build_without_the_gil(monkeypatch):
    monkeypatch.setattr(sys, "_is_gil_enabled", lambda: False, raising=False)
    assert call_kata(gil_enabled) is False, (
        "with sys._is_gil_enabled() answering False (a free-threaded build running without its GIL), "
        "gil_enabled() should return False: ask the interpreter at call time, do not assume"
    )


@pytest.mark.checklist("concurrency.gil")
def test_gil_enabled_before_python_3_13(monkeypatch):
    monkeypatch.delattr(sys, "_is_gil_enabled", raising=False)
    assert call_kata(gil_enabled) is True, (
        "without sys._is_gil_enabled (Python 3.12 and older), there is always a GIL: gil_enabled() should "
        "return True, not fail"
    )


@pytest.mark.checklist("concurrency.threading_vs_multiprocessing")
def test_cpu_work_goes_to_processes_while_there_is_a_gil(monkeypatch):
    monkeypatch.setattr(sys, "_is_gil_enabled", lambda: True, raising=False)
    assert call_kata(pool_for, "cpu") is ProcessPoolExecutor, (
        "with a GIL, threads take turns running Python bytecode: CPU-bound Python code needs processes"
    )


@pytest.mark.checklist("concurrency.threading_vs_multiprocessing")
def test_without_a_gil_threads_may_do_cpu_work(monkeypatch):
    monkeypatch.setattr(sys, "_is_gil_enabled", lambda: False, raising=False)
    chosen = call_kata(pool_for, "cpu")
    assert chosen in (ThreadPoolExecutor, ProcessPoolExecutor), f"pool_for('cpu') returned {chosen!r}"
    monkeypatch.delattr(sys, "_is_gil_enabled")
    assert call_kata(pool_for, "cpu") is ProcessPoolExecutor, "before 3.13 there is always a GIL: processes for CPU work"


@pytest.mark.checklist("concurrency.cpu_vs_io")
def test_io_work_goes_to_threads():
    assert call_kata(pool_for, "io") is ThreadPoolExecutor, (
        "a thread waiting for IO releases the GIL, so threads overlap IO waits cheaply; processes would cost "
        "a whole interpreter each for nothing"
    )


@pytest.mark.checklist("concurrency.cpu_vs_io")
@pytest.mark.parametrize(
    ("cpu_seconds", "wall_seconds", "kind"),
    [
        (0.97, 1.0, "cpu"),  # busy the whole time
        (1.9, 1.0, "cpu"),  # two cores busy: CPU time can exceed wall time
        (0.01, 1.0, "io"),  # waited the whole time
        (0.02, 30.0, "io"),  # a long wait is still a wait
        (9.0, 10.0, "cpu"),
        (0.1, 2.0, "io"),
    ],
)
def test_classify_compares_cpu_time_with_wall_time(cpu_seconds, wall_seconds, kind):
    got = call_kata(classify, cpu_seconds, wall_seconds)
    assert got == kind, (
        f"{cpu_seconds} s of CPU in {wall_seconds} s of wall-clock time is {kind}-bound, not {got!r}: "
        "what matters is the share of the elapsed time spent computing, not how long it took"
    )
    assert_returns(got, kind, 'got')


@pytest.mark.checklist("concurrency.cpu_vs_io")
@pytest.mark.parametrize(("cpu_seconds", "wall_seconds"), [(0.5, 1.0), (1.5, 3.0)])
def test_busy_exactly_half_of_the_time_counts_as_cpu(cpu_seconds, wall_seconds):
    got = call_kata(classify, cpu_seconds, wall_seconds)
    assert got == "cpu", (
        f"{cpu_seconds} s of CPU in {wall_seconds} s is exactly half of the time: the docstring says 'at least "
        f"half' is cpu, got {got!r}"
    )


def test_an_unknown_workload_is_a_valueerror():
    for workload in ("gpu", ""):
        kata_raises(ValueError, pool_for, workload)
