"""Running kata tests for the command: always pytest with the plugin, never a grader of our own.

:func:`run_pytest` starts a child ``python -m pytest`` (for ``check`` and ``next``).
:class:`WarmRunner` keeps pytest and the plugin imported and forks a child per run, so watch
mode pays pytest's start-up once, not on every save; a child that hangs past its limit is
killed, one that crashes or calls ``sys.exit`` is just a failed run.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

QUIET = ["-q", "-p", "no:cacheprovider", "--no-header"]


@dataclass
class RunOutcome:
    passed: int
    failed: int
    messages: list[tuple[str, str]]  # (test name, its failure text) for each failed test
    ended: str = ""  # why the run ended without results, when it did

    @property
    def ok(self) -> bool:
        return not self.ended and self.failed == 0 and self.passed > 0


def run_pytest(root: Path, arguments: list[str], capture: bool = False) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DOJO_TARGET"}
    return subprocess.run(
        [sys.executable, "-m", "pytest", *arguments], cwd=root, env=env, text=True, capture_output=capture, check=False
    )


def outcome_from(report_file: Path, ended: str = "") -> RunOutcome:
    try:
        data = json.loads(report_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return RunOutcome(0, 0, [], ended or "the run gave no results")
    return RunOutcome(data.get("passed", 0), data.get("failed", 0), [tuple(m) for m in data.get("messages", [])], ended)


class _Collector:
    """A tiny plugin for the child: counts and the first lines of each failure, into a JSON file."""

    def __init__(self, out: Path):
        self.out = out
        self.passed = 0
        self.failed = 0
        self.messages: list[tuple[str, str]] = []

    def pytest_runtest_logreport(self, report: object) -> None:
        when, failed, passed = getattr(report, "when", ""), getattr(report, "failed", False), getattr(report, "passed", False)
        if failed:
            self.failed += 1
            name = getattr(report, "nodeid", "").rsplit("::", 1)[-1]
            text = getattr(report, "longreprtext", "") or ""
            self.messages.append((name, "\n".join(text.strip().splitlines()[-12:])))
        elif passed and when == "call":
            self.passed += 1

    def pytest_sessionfinish(self) -> None:
        self.out.write_text(json.dumps({"passed": self.passed, "failed": self.failed, "messages": self.messages}))


class WarmRunner:
    """Forks a child of a process that has already imported pytest and the plugin."""

    def __init__(self, root: Path, time_limit: float = 60.0):
        self.root = root
        self.time_limit = time_limit
        _preload()


    def run(self, test_paths: list[str]) -> RunOutcome:
        with tempfile.TemporaryDirectory(prefix="dojo-run-") as scratch:
            out = Path(scratch) / "outcome.json"
            with warnings.catch_warnings():
                # 3.12+ warns that forking a process with threads may deadlock; the child only runs
                # pytest and never touches the parent's threads (the file watcher, the key reader).
                warnings.simplefilter("ignore", DeprecationWarning)
                pid = os.fork()
            if pid == 0:  # the child: run pytest, write the outcome, never return into the parent's code
                status = 1
                try:
                    import pytest

                    os.chdir(self.root)
                    devnull = os.open(os.devnull, os.O_WRONLY)
                    os.dup2(devnull, 1)
                    os.dup2(devnull, 2)
                    status = int(pytest.main([*test_paths, *QUIET], plugins=[_Collector(out)]))
                finally:
                    os._exit(status)
            return self._wait(pid, out)

    def _wait(self, pid: int, out: Path) -> RunOutcome:
        deadline = time.monotonic() + self.time_limit
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                ended = "" if out.exists() else f"the run ended early (exit status {os.waitstatus_to_exitcode(status)})"
                return outcome_from(out, ended)
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return RunOutcome(0, 0, [], f"the run took longer than {self.time_limit:g} s and was stopped")
            time.sleep(0.005)


def _preload() -> None:
    """Import now what every child would import: pytest, its plugins, the dojo plugin, Hypothesis."""
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
    for name in ("dojo.plugin", "dojo.testing", "hypothesis", "hypothesis.strategies"):
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
