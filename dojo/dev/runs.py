"""Kata-test runs for the contract and the mutation tests: child interpreters, read through the results record.

A :class:`Job` is one pytest run of some kata tests against one target folder (all of them or
those of one checklist item; to the end, or only until a test fails or rejects the code), in one
of four orders: the topic's own, shuffled with a fixed seed, *isolated* (every test in a fork of the
collected session, so each sees the kata modules as freshly imported: as if run alone) or
*by-file* (each test file in a fork of its own: as if only that file ran).
:func:`run_jobs` hands a list of jobs to a batch server (``python -m dojo.dev.batch --serve``):
a child interpreter that has imported pytest and the plugins once and serves every list this
process sends it, forking per group of jobs, so Python's and pytest's start-up is paid once per
process rather than once per list. A job that ends its process (the watchdog, a learner's
``os._exit``) and the jobs after it are repeated one at a time, so one runaway never costs the
others their results. Each job's results come back as a :class:`dojo.results.Results`.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from dojo import results as records

# What a child must not inherit: a target or a worker id of the run that started us; and
# PYTHONDONTWRITEBYTECODE, without which pytest rewrites every plugin package on every run.
_NOT_INHERITED = ("DOJO_TARGET", "PYTEST_XDIST_WORKER", "PYTHONDONTWRITEBYTECODE", "PYTEST_ADDOPTS")


@dataclass(frozen=True)
class Job:
    paths: tuple[str, ...]  # test paths or node ids, relative to the repository
    target: str  # the folder the kata modules come from
    results: str  # where the child writes the results record
    order: str = "topic"  # "topic", "shuffled", "isolated" or "by-file"
    seed: int = 0  # for "shuffled"
    checklist: str | None = None  # run only the tests marked with this checklist item
    stop: str | None = None  # "failure": at the first failing test; "rejection": at the first that rejects the code
    shares_layout: bool = False  # the target has the same files as the job's neighbours with this flag (dojo.dev.batch.groups)


def child_environment(repo: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in _NOT_INHERITED}
    # The repository's own dojo first; then this dojo (a scratch repository has none of its own).
    here = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(filter(None, [str(repo), here, os.environ.get("PYTHONPATH", "")])))
    return env


# pytest plugins no kata test needs: each costs every run its registration (a third of a small run
# for xdist and anyio together), and unraisableexception two full garbage collections per run (in a
# batch interpreter whose heap holds every run so far).
_UNNEEDED_PLUGINS = ("cacheprovider", "unraisableexception", "doctest", "pastebin", "junitxml", "stepwise",
                     "xdist", "xdist.looponfail", "anyio")


def pytest_arguments(job: Job) -> list[str]:
    blocked = [argument for name in _UNNEEDED_PLUGINS for argument in ("-p", f"no:{name}")]
    first_failure = ["--exitfirst"] if job.stop == "failure" else []
    # --tb=no: the record takes each failure from its exception; pytest's formatting of the traceback
    # (parsing the source of every frame) would cost more than the tests themselves.
    # A temporary folder of the job's own: by default each run adds a numbered folder under the
    # user's, which a forked run ended by os._exit never cleans up, and every run lists them all.
    basetemp = ["--basetemp", str(Path(job.results).with_suffix(".tmp"))]
    return [*job.paths, "--dojo-target", job.target, "--dojo-results", job.results, "--dojo-report=none",
            *blocked, *first_failure, *basetemp, "-q", "--no-header", "--tb=no"]


def run_jobs(repo: Path, jobs: list[Job], scratch: Path, *, bound: float | None = None) -> list[records.Results]:
    """Every job's results, in order; a job whose child left no record is repeated alone, then reported as such."""
    if not jobs:
        return []
    jobs_file = scratch / f"jobs-{os.getpid()}-{threading.get_ident()}-{id(jobs)}.json"
    jobs_file.write_text(json.dumps([asdict(job) for job in jobs]), encoding="utf-8")
    # A generous bound (a loaded machine is slow; every test inside has its own limit): past it the
    # server is ended and the jobs it did not finish are run one at a time.
    with _server(repo) as server:
        server.serve(jobs_file, jobs_file.with_suffix(".log"), bound or 300 + 30 * len(jobs))
    out = []
    for job in jobs:
        if not Path(job.results).exists() and len(jobs) > 1:
            run_jobs(repo, [job], scratch)
        try:
            out.append(records.read(Path(job.results)))
        except records.ResultsError as error:
            out.append(records.Results((), (records.CollectionError(" ".join(job.paths), str(error)),), exitstatus=-1))
    return out


class _BatchServer:
    """``python -m dojo.dev.batch --serve`` in a session of its own: one jobs file per request line, "done" when run."""

    def __init__(self, repo: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "dojo.dev.batch", "--serve"], cwd=repo, env=child_environment(repo),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True)

    def alive(self) -> bool:
        return self.process.poll() is None

    def serve(self, jobs_file: Path, log: Path, bound: float) -> None:
        """Run one jobs file (its children's output goes to `log`); past `bound` seconds the server and its children end."""
        assert self.process.stdin is not None and self.process.stdout is not None
        try:
            self.process.stdin.write(f"{jobs_file}\t{log}\n".encode())
            self.process.stdin.flush()
            if select.select([self.process.stdout], [], [], bound)[0] and self.process.stdout.readline() == b"done\n":
                return
        except OSError:
            pass  # the server died: the jobs without a record are repeated by the caller
        self.close(kill=True)

    def close(self, kill: bool = False) -> None:
        if kill and self.alive():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)  # the server and every child it forked
            self.process.wait()
            _wait_until_gone(self.process.pid)
        with contextlib.suppress(OSError):
            if self.process.stdin is not None:
                self.process.stdin.close()  # end of input: an idle server exits
        self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


def _wait_until_gone(group: int, seconds: float = 10.0) -> None:
    """Until no process of the killed group is left (its orphans are reaped by init), for at most `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.01)  # no event tells us when another parent's child is reaped: a short, bounded poll


_IDLE_SERVERS: list[tuple[Path, _BatchServer]] = []  # least recently used first
_MOST_IDLE_SERVERS = 2 * (os.cpu_count() or 1)  # dojo dev check's threads each keep one (the mutants': 2 per CPU)
_SERVERS_LOCK = threading.Lock()


@contextlib.contextmanager
def _server(repo: Path) -> Iterator[_BatchServer]:
    """An idle batch server of this repository, or a new one; threads (dojo dev check's) each get their own."""
    with _SERVERS_LOCK:
        mine = [entry for entry in _IDLE_SERVERS if entry[0] == repo]
        if mine:
            _IDLE_SERVERS.remove(mine[-1])
        server = mine[-1][1] if mine else None
    if server is None or not server.alive():
        server = _BatchServer(repo)
    surplus: list[tuple[Path, _BatchServer]] = []
    try:
        yield server
    finally:
        if server.alive():
            with _SERVERS_LOCK:
                _IDLE_SERVERS.append((repo, server))
                # A scratch repository's server is seldom needed again: beyond a few, the least recently used end.
                surplus = _IDLE_SERVERS[:-_MOST_IDLE_SERVERS]
                del _IDLE_SERVERS[:-_MOST_IDLE_SERVERS]
        for _, idle in surplus:
            idle.close()


@atexit.register
def _close_servers() -> None:
    with _SERVERS_LOCK:
        servers = [server for _, server in _IDLE_SERVERS]
        _IDLE_SERVERS.clear()
    for server in servers:
        server.close()
