"""Run kata-test jobs in this one interpreter: ``python -m dojo.dev.batch JOBS.json``, or ``--serve`` (see dojo.dev.runs).

Each job runs in a fork of this interpreter, which has imported pytest and the plugins once: a
job imports the code of its own target, and nothing a job leaves behind (an event loop, a
thread, a patched module) reaches the next one. The orders other than the topic's own come from two small plugins:
:class:`Shuffled` reorders the collected tests with a fixed seed; :class:`Isolated` runs every
test in a fork of the collected session and hands its reports back to this process, so each
test sees its kata module as freshly imported, as if it ran alone.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import random
import select
import signal
import sys
import time
import warnings
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from dojo.dev.runs import Job, pytest_arguments


class Shuffled:
    def __init__(self, seed: int) -> None:
        self.seed = seed

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        random.Random(self.seed).shuffle(items)


class OnlyChecklist:
    """Only the tests marked with one checklist item: those a misconception of that item must fail."""

    def __init__(self, item: str) -> None:
        self.item = item

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, config: pytest.Config, items: list[pytest.Item]) -> None:
        marked = [i for i in items if any(self.item in marker.args for marker in i.iter_markers("checklist"))]
        if len(marked) < len(items):
            config.hook.pytest_deselected(items=[i for i in items if i not in marked])
            items[:] = marked


class UntilRejected:
    """Stop the session at the first test that rejects the code (see dojo.dev.contract.rejecting): one is enough."""

    def __init__(self, session: pytest.Session | None = None) -> None:
        self.session = session

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        self.session = session

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        from dojo.dev.contract import rejecting

        failure = getattr(report, "dojo_failure", None)
        if report.failed and failure and rejecting(failure["exception"], failure["exception_mro"]) and self.session:
            # shouldfail, not shouldstop: pytest treats a stop as an interrupt and formats its traceback (0.2 s).
            self.session.shouldfail = "the code is rejected"


class Isolated:
    """Each test (or each test file) in a fork of the collected session; reports come back through a pipe.

    A fork of the collected session sees the kata modules as freshly imported, so a test runs as
    if it were alone (or only its file ran), at the cost of a fork rather than a pytest run.
    """

    def __init__(self, by_file: bool) -> None:
        self.by_file = by_file

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtestloop(self, session: pytest.Session) -> bool:
        groups: dict[object, list[pytest.Item]] = {}
        for item in session.items:
            groups.setdefault(item.path if self.by_file else item.nodeid, []).append(item)
        for items in groups.values():
            reports = self._forked(items)
            for item in items:
                item.ihook.pytest_runtest_logstart(nodeid=item.nodeid, location=item.location)
                for report in reports.get(item.nodeid) or [_died(item)]:
                    item.ihook.pytest_runtest_logreport(report=report)
                item.ihook.pytest_runtest_logfinish(nodeid=item.nodeid, location=item.location)
        return True

    def _forked(self, items: list[pytest.Item]) -> dict[str, list[pytest.TestReport]]:
        from dojo.bounds import LIMITS, WATCHDOG, Watchdog

        config = items[0].config
        read_end, write_end = os.pipe()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # fork with threads: the child runs tests, then _exits
            pid = os.fork()
        if pid == 0:
            os.close(read_end)
            try:
                from _pytest.runner import runtestprotocol

                Watchdog.__init__(WATCHDOG)  # the parent's watchdog thread is not in this process: a fresh one
                for item, following in zip(items, [*items[1:], None], strict=True):
                    reports = runtestprotocol(item, log=False, nextitem=following)
                    data = [config.hook.pytest_report_to_serializable(config=config, report=r) for r in reports]
                    line = json.dumps({"nodeid": item.nodeid, "reports": data}, default=repr).encode() + b"\n"
                    view = memoryview(line)
                    while view:
                        view = view[os.write(write_end, view):]
            finally:
                os._exit(0)
        os.close(write_end)
        received, deadline = b"", time.monotonic() + max(1.0, LIMITS.test - 1) * len(items)
        with os.fdopen(read_end, "rb") as pipe:
            while (left := deadline - time.monotonic()) > 0 and select.select([pipe], [], [], left)[0]:
                chunk = os.read(pipe.fileno(), 1 << 16)
                if not chunk:
                    break
                received += chunk
            else:
                os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        out: dict[str, list[pytest.TestReport]] = {}
        for line in received.splitlines():
            with contextlib.suppress(ValueError):  # a line cut short by the end of the process
                entry: dict[str, Any] = json.loads(line)
                out[entry["nodeid"]] = [config.hook.pytest_report_from_serializable(config=config, data=d) for d in entry["reports"]]
        return out


def _died(item: pytest.Item) -> pytest.TestReport:
    message = "dojo: the test ended its process before it reported (os._exit, a crash, or its time ran out)"
    return pytest.TestReport(item.nodeid, item.location, {}, "failed", message, "call", [], 0.0)


class OneStartManyRuns:
    """Jobs that differ only in their target folder's files and their tests: pytest starts once, each job runs in a fork.

    Configured with a target folder of the group's own (``shared``), which holds the first job's
    files; when collection is about to start, the files of each job in turn are moved into it and
    the session is forked: the child collects and runs that job's tests (its paths become the
    session's arguments; its results go to ``results``, then to the job's own record), the parent
    waits, moves the files back and forks the next. Starting pytest costs far more than the few
    tests of a misconception or a mutant.
    """

    def __init__(self, jobs: list[Job], shared: Path, results: Path) -> None:
        self.jobs, self.shared, self.results = jobs, shared, results

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection(self, session: pytest.Session) -> None:
        gc.freeze()  # what the session holds now is shared with every child: out of their collector's sight
        for index, job in enumerate(self.jobs):
            if index:  # the first job's files are in place already: configure listed them
                os.rename(job.target, self.shared)
            self.results.unlink(missing_ok=True)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                pid = os.fork()
            if pid == 0:
                _fresh_watchdog()
                session.config.args = list(job.paths)  # read by the collection about to start
                for plugin in _job_plugins(job, session):
                    session.config.pluginmanager.register(plugin)
                return  # this child goes on with the session: collects and runs the tests of `job`
            os.waitpid(pid, 0)
            os.rename(self.shared, job.target)
            if self.results.exists():
                os.replace(self.results, job.results)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)  # every job ran in a child: this session has nothing left to do


def _fresh_watchdog() -> None:
    from dojo.bounds import WATCHDOG, Watchdog

    if WATCHDOG._thread is not None:  # started before the fork: its thread is not in this process
        expiry = WATCHDOG.on_expiry
        Watchdog.__init__(WATCHDOG)
        WATCHDOG.on_expiry = expiry


def _job_plugins(job: Job, session: pytest.Session | None = None) -> list[object]:
    plugins: list[object] = []
    if job.checklist and job.checklist != "none":
        plugins.append(OnlyChecklist(job.checklist))
    if job.stop == "rejection":
        plugins.append(UntilRejected(session))
    return plugins


def run(jobs: list[Job]) -> None:
    """Jobs of one group (see :func:`groups`): one pytest run each, or one start forked per job."""
    first = jobs[0]
    plugins: list[object] = []
    if first.order == "shuffled":
        plugins.append(Shuffled(first.seed))
    elif first.order in ("isolated", "by-file"):
        plugins.append(Isolated(by_file=first.order == "by-file"))
    if len(jobs) == 1:
        pytest.main(pytest_arguments(first), plugins=[*plugins, *_job_plugins(first)])
        return
    shared = Path(first.target).with_name(f"group-{os.getpid()}")
    os.rename(first.target, shared)
    results = shared.with_suffix(".json")
    plugins.append(OneStartManyRuns(jobs, shared, results))
    pytest.main(pytest_arguments(replace(first, target=str(shared), results=str(results))), plugins=plugins)


def groups(jobs: list[Job]) -> list[list[Job]]:
    """Consecutive jobs that run tests of one topic folder in its order, on targets of the same layout (a
    topic's solutions with one module changed): they can share one pytest start. Each child registers its
    own job's plugins (a misconception's stop at its rejection); only --exitfirst is the whole start's."""
    out: list[list[Job]] = []
    for job in jobs:
        previous = out[-1][-1] if out else None
        if (previous is not None and job.order == previous.order == "topic" and _folders(job) == _folders(previous)
                and (job.stop == previous.stop or "failure" not in (job.stop, previous.stop))
                and job.shares_layout and previous.shares_layout):
            out[-1].append(job)
        else:
            out.append([job])
    return out


def _folders(job: Job) -> set[str]:
    """The folders of a job's test paths: their conftest files are loaded when pytest starts."""
    return {os.path.dirname(path.split("::", 1)[0]) for path in job.paths}


def main(arguments: list[str]) -> int:
    _preload()
    if arguments == ["--serve"]:
        # One request per line: a jobs file and the log its children write to; "done" once they ran.
        for line in sys.stdin:
            jobs_file, log = line.rstrip("\n").split("\t")
            run_file(jobs_file, log)
            sys.stdout.write("done\n")
            sys.stdout.flush()
        return 0
    run_file(arguments[0])
    return 0


def run_file(jobs_file: str, log: str | None = None) -> None:
    with open(jobs_file, encoding="utf-8") as handle:
        jobs = [Job(**{**raw, "paths": tuple(raw["paths"])}) for raw in json.load(handle)]
    for group in groups(jobs):
        pending = [job for job in group if not os.path.exists(job.results)]  # others: done by an earlier child
        if not pending:
            continue
        # Each group in a fork of this interpreter: pytest is imported once, and no state a job leaves
        # behind (an event loop, a thread, a patched module) reaches the next one.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
        if pid == 0:
            try:
                if log is not None:  # the server's own stdout carries its replies: the children write to the log
                    output = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
                    os.dup2(output, 1)
                    os.dup2(output, 2)
                run(pending)
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(0)
        os.waitpid(pid, 0)


def _preload() -> None:
    """Import what every job imports: pytest, its plugins, the dojo plugin and helpers."""
    import importlib
    from importlib.metadata import entry_points

    from _pytest.config import default_plugins

    for name in default_plugins:
        with contextlib.suppress(ImportError):
            importlib.import_module(f"_pytest.{name}")
    for entry in entry_points(group="pytest11"):
        with contextlib.suppress(Exception):  # a broken plugin is the job's to report
            entry.load()
    for name in ("dojo.plugin", "dojo.testing", "hypothesis", "hypothesis.strategies", "asyncio"):
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    # Every job's plugin reads the curriculum: read once here, each fork finds it in load_curriculum's memory.
    with contextlib.suppress(Exception):  # a broken curriculum is each job's to report
        from dojo.curriculum import load_curriculum

        load_curriculum(Path("katas"))
    # What is loaded now is shared by every fork: frozen, the children's garbage collections neither
    # walk it nor touch its pages (which would copy them).
    gc.collect()
    gc.freeze()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
