"""Running kata tests for the command: always pytest with the plugin, never a grader of our own.

:func:`run_pytest` starts a child ``python -m pytest`` (for ``check`` and ``next``).
:class:`WarmRunner` keeps pytest and the plugin imported and forks a child per run, so watch
mode pays pytest's start-up once, not on every save; a child that hangs past its limit is
killed, one that crashes or calls ``sys.exit`` is just a failed run.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dojo import results as records
from dojo.cli.failures import Failure, failure

QUIET = ["-q", "-p", "no:cacheprovider", "--no-header"]
# The loop's runs: nobody reads pytest's own report, so it is made cheap (native tracebacks need no
# parsing of the test's source), and plugins a one-file serial run never uses are not loaded.
# No readiness report either: the loop shows none.
LOOP_OFF = ("doctest", "junitxml", "pastebin", "stepwise", "setuponly", "setupplan", "benchmark", "xdist", "xdist.looponfail",
            "anyio")
LOOP = [*QUIET, "--tb=native", "--dojo-report=none", *(arg for name in LOOP_OFF for arg in ("-p", f"no:{name}"))]


@dataclass
class RunOutcome:
    passed: int
    failed: int
    failures: list[Failure]  # each failed test: its name and its lesson
    ended: str = ""  # why the run ended without results, when it did

    @property
    def ok(self) -> bool:
        return not self.ended and self.failed == 0 and self.passed > 0


def run_pytest(root: Path, arguments: list[str], capture: bool = False) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DOJO_TARGET"}
    return subprocess.run(
        [sys.executable, "-m", "pytest", *arguments], cwd=root, env=env, text=True, capture_output=capture, check=False
    )


def outcome_from(record: Path, places: Path, ended: str = "") -> RunOutcome:
    """The outcome of a run from its results record (the plugin's one definition of passed) and the places of raises."""
    try:
        results = records.read(record)
    except records.ResultsError:
        return RunOutcome(0, 0, [], ended or "the run gave no results")
    try:
        found = json.loads(places.read_text(encoding="utf-8"))
        where: dict[str, str] = found["where"]
        order: dict[str, int] = found["order"]
    except (OSError, ValueError, KeyError, TypeError):
        where, order = {}, {}
    failed = sorted(results.failed, key=lambda row: order.get(row.nodeid, len(order)))
    failures = [
        failure(row.nodeid.split("::", 1)[-1], row.exception, row.exception_mro, row.message, where.get(row.nodeid, ""))
        for row in failed
    ]
    failures += [failure(error.nodeid or "collection", "CollectionError", (), error.message) for error in results.collection_errors]
    return RunOutcome(results.count("passed"), len(failures), failures, ended)


def _value_only(excinfo: Any, style: str | None = None) -> Any:
    return excinfo.getrepr(style="value", funcargs=False)


class _Places:
    """A tiny plugin for the child: where in a learner's kata module each failing test's exception was raised.

    Only that: outcomes and messages come from the results record the plugin writes.
    """

    def __init__(self, out: Path, root: Path):
        self.out = out
        self.katas = root / "katas"
        self.where: dict[str, str] = {}
        self.order: dict[str, int] = {}  # node id -> its place in the run: failures are shown in the file's order

    def pytest_collection_modifyitems(self, items: list[Any]) -> None:
        # Nobody reads pytest's own account of a failure in the loop's runs (the results record holds
        # the message): build the cheapest one, the exception's value, not a traceback with its source.
        for item in items:
            item._repr_failure_py = _value_only

    def pytest_runtest_logreport(self, report: Any) -> None:
        if report.nodeid not in self.order:
            self.order[report.nodeid] = len(self.order)
        if not report.failed or report.nodeid in self.where:
            return
        if isinstance(report.longrepr, str) and ": not written yet: " in report.longrepr:  # the plugin's stub line
            self.where[report.nodeid] = report.longrepr.split(": not written yet: ", 1)[0]
            return
        crash = getattr(report.longrepr, "reprcrash", None)
        if crash is None:
            return
        path = Path(crash.path)
        if path.is_relative_to(self.katas) and not path.name.startswith("test_"):
            self.where[report.nodeid] = f"{path.relative_to(self.katas.parent).as_posix()}:{crash.lineno}"

    def pytest_sessionfinish(self) -> None:
        self.out.write_text(json.dumps({"where": self.where, "order": self.order}), encoding="utf-8")


@dataclass
class _Child:
    """A forked pytest: started for test_paths, and (a ready child) waiting at its gate to collect them."""

    pid: int
    test_paths: list[str]
    scratch: Path
    gate: int | None = None  # the write end of its gate pipe, while it waits
    key: str = ""  # the curriculum as it was read, to know it is still the same

    @property
    def results(self) -> Path:
        return self.scratch / "results.json"

    @property
    def places(self) -> Path:
        return self.scratch / "places.json"


def _gate(read_end: int) -> object:
    """In a ready child: a plugin that holds the run at the start of collection until the parent says go."""
    import pytest

    class Gate:
        @pytest.hookimpl(tryfirst=True)
        def pytest_collection(self, session: Any) -> None:
            if os.read(read_end, 1) != b"g":  # the parent closed the pipe: not needed after all
                os._exit(0)
            os.close(read_end)

    return Gate()


class WarmRunner:
    """Forks pytest from a process that has already imported pytest and the plugin, and read the curriculum.

    After each run, :meth:`prepare` forks the next child for the same kata ahead of time: it parses
    the command line, loads the plugins and configures the dojo plugin, then waits at the start of
    collection. The next save only opens that gate: collection, the tests and the results record
    are all that is left between a save and the verdict. A ready child for other tests, or for a
    curriculum that has changed since, is ended and a fresh one forked.
    """

    def __init__(self, root: Path, time_limit: float = 60.0):
        self.root = root
        self.time_limit = time_limit
        self.pid: int | None = None  # the child running now
        self.cancelled = False
        self.ready: _Child | None = None
        self.finishing: _Child | None = None  # a child whose results are in, still recording progress
        self.closed = False  # the loop is quitting: no child is started any more
        _preload(root)

    def cancel(self) -> None:
        """End the run under way (a newer save, or the learner quits); its run() returns an outcome marked ended."""
        pid, self.cancelled = self.pid, True
        if pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    def close(self) -> None:
        """The loop is quitting: end the run under way and the ready child; let the last run finish recording."""
        self.closed = True
        self.cancel()
        self._discard()
        self.settle()

    def settle(self, limit: float = 10.0) -> None:
        """Wait for the last run's child to finish recording progress (it is reaped, its files removed)."""
        child, self.finishing = self.finishing, None
        if child is None:
            return
        deadline = time.monotonic() + limit
        with contextlib.suppress(ChildProcessError):
            while os.waitpid(child.pid, os.WNOHANG)[0] == 0:
                if time.monotonic() > deadline:
                    os.kill(child.pid, signal.SIGKILL)
                    os.waitpid(child.pid, 0)
                    break
                time.sleep(0.002)
        shutil.rmtree(child.scratch, ignore_errors=True)

    def prepare(self, test_paths: list[str]) -> None:
        """Fork the child of the next run of test_paths now, to wait at its gate."""
        if self.closed or (self.ready is not None and self.ready.test_paths == test_paths):
            return
        self._discard()
        self.ready = self._fork(test_paths, gated=True)

    def run(self, test_paths: list[str]) -> RunOutcome:
        self.settle()  # runs record progress in the order they ran
        self.cancelled = False
        if self.closed:
            return RunOutcome(0, 0, [], "cancelled")
        child, self.ready = self.ready, None
        if child is not None and (child.test_paths != test_paths or child.key != _curriculum_key(self.root)):
            self._end(child)
            child = None
        if child is not None and child.gate is not None:
            try:
                os.write(child.gate, b"g")
                os.close(child.gate)
            except OSError:  # it died waiting: fork afresh
                self._end(child)
                child = None
        if child is None:
            child = self._fork(test_paths, gated=False)
        self.pid = child.pid
        if self._quitting():  # quit while it was starting
            self.cancel()
        try:
            return self._wait(child)
        finally:
            self.pid = None
            if self.finishing is not child:
                shutil.rmtree(child.scratch, ignore_errors=True)

    def _quitting(self) -> bool:
        return self.closed  # read again: close() runs on another thread

    def _fork(self, test_paths: list[str], *, gated: bool) -> _Child:
        scratch = Path(tempfile.mkdtemp(prefix="dojo-run-"))
        read_end, write_end = os.pipe() if gated else (None, None)
        key = _curriculum_key(self.root)
        with warnings.catch_warnings():
            # 3.12+ warns that forking a process with threads may deadlock; the child only runs
            # pytest and never touches the parent's threads (the file watcher, the key reader).
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
        if pid == 0:  # the child: run pytest, write the outcome, never return into the parent's code
            status = 1
            try:
                import pytest

                signal.signal(signal.SIGINT, signal.SIG_DFL)
                os.chdir(self.root)
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, 1)
                os.dup2(devnull, 2)
                plugins: list[object] = [_Places(scratch / "places.json", self.root)]
                if read_end is not None and write_end is not None:
                    os.close(write_end)
                    plugins.append(_gate(read_end))
                status = int(pytest.main([*test_paths, *LOOP, f"--dojo-results={scratch / 'results.json'}"], plugins=plugins))
            finally:
                os._exit(status)
        if read_end is not None:
            os.close(read_end)
        return _Child(pid, list(test_paths), scratch, write_end, key)

    def _discard(self) -> None:
        child, self.ready = self.ready, None
        if child is not None:
            self._end(child)

    @staticmethod
    def _end(child: _Child) -> None:
        if child.gate is not None:
            with contextlib.suppress(OSError):
                os.close(child.gate)
        with contextlib.suppress(ProcessLookupError):
            os.kill(child.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(child.pid, 0)
        shutil.rmtree(child.scratch, ignore_errors=True)

    def _wait(self, child: _Child) -> RunOutcome:
        """The outcome as soon as the results record is written: the child records progress after it, unwaited."""
        deadline = time.monotonic() + self.time_limit
        while True:
            done, status = os.waitpid(child.pid, os.WNOHANG)
            if not done and not self.cancelled and child.results.exists():
                self.finishing = child
                return outcome_from(child.results, child.places)
            if done:
                if self.cancelled:
                    return RunOutcome(0, 0, [], "cancelled")
                ended = "" if child.results.exists() else f"the run ended early (exit status {os.waitstatus_to_exitcode(status)})"
                return outcome_from(child.results, child.places, ended)
            if time.monotonic() > deadline:
                os.kill(child.pid, signal.SIGKILL)
                os.waitpid(child.pid, 0)
                return RunOutcome(0, 0, [], f"the run took longer than {self.time_limit:g} s and was stopped")
            time.sleep(0.002)


def _curriculum_key(root: Path) -> str:
    from dojo.curriculum import curriculum_key

    return curriculum_key(root / "katas")


def _preload(root: Path) -> None:
    """Do now what every child would do first: import pytest, its plugins, the dojo plugin and Hypothesis, read the curriculum."""
    import importlib
    from importlib.metadata import entry_points

    import pytest  # noqa: F401
    from _pytest.config import default_plugins

    for name in default_plugins:
        with contextlib.suppress(ImportError):
            importlib.import_module(f"_pytest.{name}")
    for entry in entry_points(group="pytest11"):
        with contextlib.suppress(Exception):  # a broken third-party plugin is the child's problem to report
            entry.load()
    with contextlib.suppress(Exception):  # which stored results are still tests: read once here, not in every run
        from dojo.progress import warm_definitions

        warm_definitions(root / "katas")
    for name in ("dojo.plugin", "dojo.testing", "hypothesis", "hypothesis.strategies"):
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    # The plugin reads every topic.toml on each run (~70 ms): read here once, children find it in
    # load_curriculum's own memory while no topic.toml changes.
    with contextlib.suppress(Exception):  # the child's own read reports a broken curriculum
        from dojo.curriculum import load_curriculum

        load_curriculum(root / "katas")
    # What is imported now lives as long as the loop: out of the collector's sight, so the child's
    # gc.collect() (pytest calls it at the end of every run) looks only at the run's own objects.
    gc.collect()
    gc.freeze()
