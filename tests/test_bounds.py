"""The bounds on learner code, in-process: code that swallows the exception meant to stop it is still stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import warnings

import pytest

from dojo.bounds import LIMITS, Deadline, run_bounded

# Each loop swallows every exception, and gives up by itself after GIVE_UP seconds: were it not
# stopped, run_bounded would return normally (the test fails, it never hangs).
GIVE_UP = 3.0

SWALLOWING = {
    "bare except around a sleep": """
        while time.monotonic() < give_up:
            try:
                time.sleep(0.01)
            except:
                pass
        """,
    "nested handlers and a finally that continues": """
        while time.monotonic() < give_up:
            try:
                try:
                    time.sleep(0.01)
                except:
                    pass
            except:
                pass
            finally:
                continue
        """,
    "a helper that re-raises, caught in the caller": """
        def helper():
            try:
                time.sleep(0.001)
            except BaseException:
                raise

        while time.monotonic() < give_up:
            try:
                helper()
            except BaseException:
                pass
        """,
    "contextlib.suppress(BaseException)": """
        import contextlib
        while time.monotonic() < give_up:
            with contextlib.suppress(BaseException):
                time.sleep(0.01)
        """,
    "the whole loop inside another try": """
        try:
            while time.monotonic() < give_up:
                try:
                    time.sleep(0.01)
                except:
                    pass
        finally:
            pass
        """,
}


def _in_a_fork(check) -> None:
    """Run `check` in a fork of this process and fail with its assertion, if any.

    Code stopped line by line leaves the interpreter's exception state of this worker changed for the
    tests that come after it in the same process; a fork keeps every case its own.
    """
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():  # 3.12+ warns of fork with threads: the child only runs `check`, then _exits
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:
        os.close(read_end)
        message = b""
        try:
            check()
        except BaseException as error:  # noqa: BLE001 - handed back to the parent as text
            message = f"{type(error).__name__}: {error}".encode() or b"failed"
        os.write(write_end, message)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        message = pipe.read()
    os.waitpid(pid, 0)
    assert not message, message.decode()


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="the bound on the main thread is SIGALRM")
@pytest.mark.parametrize("loop", SWALLOWING)
def test_code_that_swallows_its_deadline_is_stopped_line_by_line(loop, monkeypatch):
    _in_a_fork(lambda: _swallowing_code_is_stopped(loop, monkeypatch))


def _swallowing_code_is_stopped(loop, monkeypatch) -> None:
    monkeypatch.setattr(LIMITS, "grace", 60.0)  # the watchdog must not be what ends it
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)  # 3.14+: `continue` in `finally` (PEP 765), the point here
        code = compile(textwrap.dedent(SWALLOWING[loop]), f"<{loop}>", "exec")
    trace_before = sys.gettrace()
    started = time.monotonic()
    with pytest.raises(Deadline) as stopped:
        run_bounded(lambda: exec(code, {"time": time, "give_up": started + GIVE_UP}), 0.2, "the loop")
    assert time.monotonic() - started < 1.5, "stopped soon after its bound, not when the loop gave up"
    assert stopped.value.swallowed and "catches the exception that stops it" in stopped.value.advice()
    assert sys.gettrace() is trace_before, "the tracer that stopped it is gone"


def test_code_that_lets_the_deadline_through_is_not_called_a_swallower():
    with pytest.raises(Deadline) as stopped:
        run_bounded(lambda: time.sleep(5), 0.1, "a sleep")
    assert not stopped.value.swallowed and stopped.value.advice() == ""



def test_a_debuggers_trace_function_is_recognised_and_others_are_not():
    import pdb

    from dojo.bounds import is_debugging

    assert is_debugging(pdb.Pdb().trace_dispatch)
    assert not is_debugging(lambda frame, event, arg: None)


# --------------------------------------------------------------------------- one kata's mess stays its own


def test_builtins_changed_inside_the_guard_are_put_back_and_named():
    import builtins

    from dojo.isolation import guard_builtins

    changed: list[str] = []
    real_print = builtins.print
    with guard_builtins(changed):
        builtins.print = None  # type: ignore[assignment]
        builtins.kata_extra = 1  # type: ignore[attr-defined]
        del builtins.ascii
    assert builtins.print is real_print and not hasattr(builtins, "kata_extra") and callable(builtins.ascii)
    assert changed == ["ascii", "kata_extra", "print"]


def test_long_output_keeps_its_head_and_tail_and_says_how_much_was_cut():
    from dojo.isolation import cap_text

    text = "".join(f"line {i}\n" for i in range(1000))
    capped = cap_text(text, max_lines=50)
    lines = capped.splitlines()
    assert lines[0] == "line 0" and lines[-1] == "line 999" and len(lines) == 51
    assert "dojo cut 950 lines" in capped
    assert cap_text("short\n") == "short\n"
    assert len(cap_text("x" * 100_000, max_chars=1000)) < 1200, "one endless line is cut too"


@pytest.mark.parametrize(
    "source",
    [
        b'"""Latin-1.\n\nTask: say caf\xe9.\n"""\n',  # a byte that is not UTF-8, no coding line: Python rejects it
        b'# -*- coding: latin-1 -*-\n"""Latin-1.\n\nTask: say caf\xe9.\n"""\n',
        '\ufeff"""BOM.\n\nTask: say café.\n"""\n'.encode("utf-8"),
    ],
    ids=["undeclared", "coding-cookie", "bom"],
)
def test_a_kata_file_in_any_encoding_is_shown_never_a_crash(tmp_path, source):
    from dojo.cli.workspace import task_line

    kata = tmp_path / "kata.py"
    kata.write_bytes(source)
    line = task_line(kata)
    assert line.startswith("Task: say caf") and line.endswith(".")
    if b"coding" in source or source.startswith(b"\xef\xbb\xbf"):
        assert line == "Task: say café."


# --------------------------------------------------------------------------- a run that dies still gets its report


def _record(nodeid: str, outcome: str = "not run") -> dict[str, object]:
    return {"nodeid": nodeid, "topic": "01_demo", "kata": "arith", "checklist": [], "outcome": outcome, "recorded": None}


def test_the_journal_of_a_dead_run_fails_the_running_test_and_runs_nothing_after_it():
    from dojo.supervisor import Replay

    first, stuck, after = "katas/01_demo/test_arith.py::t1", "katas/01_demo/test_arith.py::t2", "katas/01_demo/test_arith.py::t3"
    journal = [
        ["collected", [_record(first), _record(stuck), _record(after)]],
        ["started", first], ["result", _record(first, "passed")], ["finished", first],
        ["started", stuck], ["bound", "add(2, 3)"],
    ]
    replay = Replay.of(journal)
    assert {n: r.outcome for n, r in replay.results.items()} == {first: "passed", stuck: "failed", after: "not run"}
    assert replay.message().startswith(f"dojo: {stuck} was stuck (add(2, 3)) in code that holds the interpreter")
    between = Replay.of(journal[:4])
    assert between.results[stuck].outcome == "not run" and "between kata tests" in between.message()
    importing = Replay.of([["bound", "importing katas/01_demo/arith.py"]])
    assert "before any kata test started (importing katas/01_demo/arith.py)" in importing.message()


def test_a_supervisor_told_the_run_is_done_exits_and_is_reaped():
    import os

    from dojo.supervisor import Supervisor

    concluded = []
    supervisor = Supervisor(concluded.append)
    if not supervisor.start():
        pytest.skip("no fork here")
    pid = supervisor.pid
    supervisor.send("started", "x")
    supervisor.done()
    assert supervisor.pid is None and concluded == []
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # already reaped: never a leftover


# --------------------------------------------------------------------------- the last bound (faulthandler's timer)


def test_the_last_bound_is_not_set_again_for_every_call(monkeypatch):
    import faulthandler

    from dojo.bounds import HardStop

    settings: list[float] = []
    monkeypatch.setattr(faulthandler, "dump_traceback_later", lambda timeout, **kwargs: settings.append(timeout))
    monkeypatch.setattr(faulthandler, "cancel_dump_traceback_later", lambda: settings.append(0.0))
    hard_stop = HardStop()
    hard_stop.enable(sys.stderr)
    with hard_stop.armed(30):  # a kata test
        for _ in range(500):  # a property's calls, each bounded
            with hard_stop.armed(8):
                pass
    hard_stop.disable()
    # The test's bound, the first call's (earlier), and the end: not a thousand (each set ends a thread and starts one).
    assert len(settings) <= 4, settings


def test_a_last_bound_left_too_early_by_a_call_is_set_again_before_it_fires():
    # A call's bound (0.4 s) is left at once; its timer, 0.5 s away, would end the process while the
    # test goes on within its own bound (1.5 s). The keeper sets it again; a loop in C that holds the
    # GIL is still ended, by the test's bound, with its line.
    script = """
        import itertools, sys, time
        from dojo.bounds import HardStop
        HardStop.SLACK = HardStop.KEEPER_LEAD = 0.1
        hard_stop = HardStop()
        hard_stop.enable(sys.stderr)
        with hard_stop.armed(1.5):
            with hard_stop.armed(0.4):
                pass
            time.sleep(1.0)
            print("alive after the call's timer", flush=True)
            sum(itertools.repeat(1))  # line 11
    """
    child = subprocess.run([sys.executable, "-c", textwrap.dedent(script).lstrip()], capture_output=True, text=True, timeout=60,
                           env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert "alive after the call's timer" in child.stdout, child.stderr
    assert child.returncode != 0 and 'File "<string>", line 11' in child.stderr, child.stderr
