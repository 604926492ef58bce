"""Tests for spawn_guard.py: the script runs in a child interpreter, the way a learner runs it.

Nothing here imports spawn_guard (its top-level code may start processes): the tests find its
file and run it with this Python. A run that goes wrong is stopped as soon as a process of it
reports an exception, its whole process group with it, so a pool that restarts crashing workers
forever fails in words instead of hanging; BOUND is only the backstop. The tests look at what the
processes print, never at how long they take.
"""

import importlib.util
import os
import re
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

BOUND = 8.0  # seconds: the backstop for one run (pytest stops a test at 10); a right script ends in about one
EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Exit)\b")  # the last line of a traceback
SQUARES = "[1, 4, 9, 16]"


@dataclass
class Run:
    out: list[str]  # lines printed on stdout, without line ends
    err: str
    status: int | None  # None: it was stopped
    stopped: str = ""  # why it was stopped

    def loaded_in(self) -> list[str]:
        """Who printed a `loaded in` line (on stderr, which is written at once even in a process that is killed)."""
        lines = self.err.splitlines()
        return [line.removeprefix("loaded in ").strip() for line in lines if line.startswith("loaded in ")]

    def trouble(self) -> str:
        """What went wrong, in words, with the end of what the processes wrote on stderr."""
        said = "\n".join([line for line in self.err.splitlines() if not line.startswith("loaded in ")][-12:])
        why = f"it was stopped after {self.stopped}" if self.stopped else f"it ended with status {self.status}"
        return f"{why}; stdout was {self.out!r}" + (f"; the end of stderr:\n{said}" if said else "")


def kata_folder() -> Path:
    """The folder of spawn_guard.py, found without importing it."""
    spec = importlib.util.find_spec("spawn_guard")
    assert spec is not None and spec.origin, "spawn_guard.py was not found on sys.path"
    return Path(spec.origin).parent


def run_python(*args: str) -> Run:
    """Run `python ARGS...` in the kata's folder; stop it (and every process it started) at its first exception."""
    posix = os.name == "posix"
    process = subprocess.Popen(
        [sys.executable, *args], cwd=kata_folder(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=posix,
    )
    out: list[str] = []
    err: list[str] = []
    settled = threading.Event()  # the run ended, or a process of it reported an exception

    def read(stream, into, watch):
        for line in stream:
            into.append(line)
            if watch and EXCEPTION_LINE.match(line):
                settled.set()

    def wait():
        process.wait()
        settled.set()

    readers = [threading.Thread(target=read, args=(process.stdout, out, False), daemon=True),
               threading.Thread(target=read, args=(process.stderr, err, True), daemon=True)]
    for thread in [*readers, threading.Thread(target=wait, daemon=True)]:
        thread.start()
    ended = settled.wait(BOUND)
    stopped = ""
    if process.poll() is None:
        try:
            process.wait(0.5)  # lets a failing process finish writing its message; correctness never rides on it
        except subprocess.TimeoutExpired:
            stopped = "a process reported an exception" if ended else f"{BOUND:g} s without ending"
            if posix:
                os.killpg(process.pid, signal.SIGKILL)
            else:
                process.kill()
            process.wait(BOUND)
    elif posix:
        try:
            os.killpg(process.pid, signal.SIGKILL)  # children it may have left behind
        except ProcessLookupError:
            pass
    for thread in readers:
        thread.join(BOUND)
    return Run([line.rstrip("\n") for line in out], "".join(err), None if stopped else process.returncode, stopped)


@pytest.fixture(scope="module")
def script():
    """`python spawn_guard.py`, run once for the tests of this file."""
    return run_python("spawn_guard.py")


@pytest.mark.checklist("concurrency.start_methods")
def test_the_script_prints_the_squares_once_and_ends(script):
    assert script.status == 0 and "Traceback" not in script.err, (
        "`python spawn_guard.py` did not end cleanly: " + script.trouble()
        + "\nEvery spawned child imports the script again and runs its top-level code."
    )
    assert script.out == [SQUARES], f"the script should print {SQUARES} once, and nothing else; it printed {script.out!r}"


@pytest.mark.checklist("concurrency.start_methods")
def test_every_spawned_child_runs_the_top_level_code_again(script):
    assert script.status == 0, "`python spawn_guard.py` did not end cleanly: " + script.trouble()
    loaded = script.loaded_in()
    assert loaded.count("MainProcess") == 1, (
        f"the `loaded in` lines came from {loaded!r}: the script's own process should print one, at the top level "
        "(keep that line where it is, outside any condition)"
    )
    children = [name for name in loaded if name != "MainProcess"]
    assert children, (
        "no child process printed its `loaded in` line: a spawned child imports the script again and runs its "
        "top-level code. Keep the spawn start method (get_context(\"spawn\")) and the line at the top level"
    )
    assert len(children) == len(set(children)) <= 2, (
        f"`loaded in` lines came from the children {children!r}: each of the pool's processes (two of them) "
        "should print one"
    )

