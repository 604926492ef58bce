"""Tests for cpu_pool.py: CPU work runs in other processes, shown by their pids, never by a stopwatch.

The pool is started once for this module (the machine may have only two cores); the tests
below look at that one run from different sides.
"""

import multiprocessing
import os

import pytest

from cpu_pool import crunch, crunch_all
from dojo.testing import assert_returns, call_kata

LIMITS = [10, 2000, 300, 40000, 5, 1234]
TOTALS = [sum(i * i for i in range(limit)) for limit in LIMITS]
POOL_BOUND = 8.0  # seconds for starting two worker processes and running six small tasks, even on a busy machine
_RUN: dict = {}


def pool_run() -> dict:
    """crunch_all(LIMITS, workers=2), run once; its result (or exception) and the worker processes left alive."""
    if not _RUN:
        before = set(multiprocessing.active_children())
        try:
            _RUN["result"] = call_kata(crunch_all, LIMITS, workers=2, time_limit=POOL_BOUND)
        except BaseException as error:  # re-raised by every test that needs the result
            _RUN["error"] = error
        left = [p for p in multiprocessing.active_children() if p not in before]
        _RUN["left_alive"] = len(left)
        for process in left:  # leave no process behind, whatever the kata did
            process.terminate()
            process.join(POOL_BOUND)
    if "error" in _RUN:
        raise _RUN["error"]
    return _RUN


def test_crunch_computes_in_the_calling_process():
    assert_returns(call_kata(crunch, 10), (os.getpid(), 285), 'crunch(10)')
    assert_returns(call_kata(crunch, 0), (os.getpid(), 0), 'crunch(0)')


@pytest.mark.checklist("concurrency.threading_vs_multiprocessing")
def test_totals_come_back_in_the_order_of_limits():
    result = pool_run()["result"]
    totals = [total for _, total in result]
    assert totals == TOTALS, f"expected the totals of {LIMITS} in that order, got {totals}"
    assert_returns(totals, TOTALS, 'totals')


@pytest.mark.checklist("concurrency.threading_vs_multiprocessing")
def test_the_work_ran_in_other_processes():
    pids = {pid for pid, _ in pool_run()["result"]}
    assert os.getpid() not in pids, (
        "some tasks ran in the caller's own process: threads (or a plain loop) share one interpreter and, on a "
        "GIL build, one GIL, so CPU-bound Python code gets no second core. Use a pool of processes"
    )


@pytest.mark.checklist("concurrency.threading_vs_multiprocessing")
def test_no_more_processes_than_workers():
    pids = {pid for pid, _ in pool_run()["result"]}
    assert len(pids) <= 2, (
        f"six tasks with workers=2 ran in {len(pids)} different processes: a pool reuses at most `workers` "
        "processes; starting one process per task costs a whole interpreter each time"
    )


@pytest.mark.checklist("concurrency.threading_vs_multiprocessing")
def test_the_pool_is_shut_down_before_returning():
    left = pool_run()["left_alive"]
    assert left == 0, (
        f"{left} worker processes were still alive after crunch_all returned: shut the pool down "
        "(a `with` block does it) so its processes finish"
    )
