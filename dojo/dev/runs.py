"""Kata-test runs for the contract and the mutation tests: child interpreters, read through the results record.

A :class:`Job` is one pytest run of some kata tests against one target folder (all of them or
those of one checklist item; to the end, or only until a test fails or rejects the code), in one
of four orders: the topic's own, shuffled with a fixed seed, *isolated* (every test in a fork of the
collected session, so each sees the kata modules as freshly imported: as if run alone) or
*by-file* (each test file in a fork of its own: as if only that file ran).
:func:`run_jobs` runs a list of jobs in one child interpreter (``python -m dojo.dev.batch``),
paying Python's and pytest's start-up once; a job that ends its process (the watchdog, a
learner's ``os._exit``) and the jobs after it are repeated one child each, so one runaway never
costs the others their results. Each job's results come back as a :class:`dojo.results.Results`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
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
    return [*job.paths, "--dojo-target", job.target, "--dojo-results", job.results, "--dojo-report=none",
            *blocked, *first_failure, "-q", "--no-header", "--tb=no"]


def run_jobs(repo: Path, jobs: list[Job], scratch: Path, *, bound: float | None = None) -> list[records.Results]:
    """Every job's results, in order; a job whose child left no record is repeated alone, then reported as such."""
    if not jobs:
        return []
    jobs_file = scratch / f"jobs-{os.getpid()}-{id(jobs)}.json"
    jobs_file.write_text(json.dumps([asdict(job) for job in jobs]), encoding="utf-8")
    # A generous bound (a loaded machine is slow; every test inside has its own limit): past it the
    # child is ended and the jobs it did not finish are run one child each.
    _run_child(repo, jobs_file, bound or 300 + 30 * len(jobs))
    out = []
    for job in jobs:
        if not Path(job.results).exists() and len(jobs) > 1:
            run_jobs(repo, [job], scratch)
        try:
            out.append(records.read(Path(job.results)))
        except records.ResultsError as error:
            out.append(records.Results((), (records.CollectionError(" ".join(job.paths), str(error)),), exitstatus=-1))
    return out


def _run_child(repo: Path, jobs_file: Path, bound: float) -> None:
    log = jobs_file.with_suffix(".log")
    with log.open("w", encoding="utf-8") as output:
        try:
            subprocess.run([sys.executable, "-m", "dojo.dev.batch", str(jobs_file)], cwd=repo,
                           env=child_environment(repo), stdout=output, stderr=subprocess.STDOUT, timeout=bound, check=False)
        except subprocess.TimeoutExpired:
            pass  # the jobs it finished have their records; the caller repeats the others
