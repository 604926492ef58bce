"""Fixtures for the project's own tests: the repository, its curriculum, and child pytest runs of the katas."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from dojo.curriculum import load_curriculum

# pytester drives the plugin in scratch folders; loaded here so learners' kata runs never pay for it.
pytest_plugins = ["pytester"]

REPO = Path(__file__).resolve().parent.parent
CURRICULUM = load_curriculum(REPO / "katas")
TOPICS_WITH_KATAS = [topic.id for topic in CURRICULUM.topics if topic.has_katas]


@dataclass
class ProbeRun:
    tests: dict[str, dict]
    collection_errors: list[dict]
    output: str

    def in_topic(self, topic: str) -> dict[str, dict]:
        return {nodeid: r for nodeid, r in self.tests.items() if nodeid.startswith(f"katas/{topic}/")}


def _child_environment(**extra: str) -> dict[str, str]:
    """The environment of a child kata run: this repository's dojo, no inherited target or worker id."""
    env = {**os.environ, "PYTHONPATH": str(REPO), **extra}
    for name in ("DOJO_TARGET", "PYTEST_XDIST_WORKER", "PYTHONDONTWRITEBYTECODE"):
        # PYTHONDONTWRITEBYTECODE: without cached bytecode pytest rewrites every plugin package
        # (all of Hypothesis) on every child run.
        env.pop(name, None)
    return env


def run_katas(paths: list[str], target: Path, tmp_path: Path, *extra: str) -> ProbeRun:
    """Run kata tests in a child pytest against target (never saved as progress); return per-test results."""
    out = tmp_path / f"probe-{len(list(tmp_path.glob('probe-*')))}.json"
    env = _child_environment(KATA_PROBE_OUT=str(out))
    command = [
        sys.executable, "-m", "pytest", *paths, "--dojo-target", str(target),
        "-p", "tests.kata_probe", "-p", "no:cacheprovider", "-q", *extra,
    ]
    completed = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    if not out.exists():
        raise AssertionError(f"the child pytest run wrote no results:\n{completed.stdout}\n{completed.stderr}")
    data = json.loads(out.read_text())
    return ProbeRun(data["tests"], data["collection_errors"], completed.stdout + completed.stderr)


def run_kata_batch(jobs: list[tuple[list[str], Path]], tmp_path: Path) -> list[ProbeRun]:
    """Several runs of kata tests, each against its own target, in one child interpreter (see tests.probe_batch).

    A run that ended its process (the watchdog, os._exit) and the runs after it are repeated
    one child each, so one runaway never costs the others their results.
    """
    specs = [
        {"paths": paths, "target": str(target), "out": str(tmp_path / f"batch-{index}.json")}
        for index, (paths, target) in enumerate(jobs)
    ]
    jobs_file = tmp_path / "batch-jobs.json"
    jobs_file.write_text(json.dumps(specs), encoding="utf-8")
    env = _child_environment()
    # Runs share one interpreter, so a run can (rarely) leave it stuck for the next one (a thread
    # or a lock a wrong answer left behind): past a generous bound the batch is ended, and the
    # runs it did not finish are repeated one child each below.
    bound = 30 + 5 * len(jobs)
    try:
        completed = subprocess.run(
            [sys.executable, "-m", "tests.probe_batch", str(jobs_file)],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=bound,
        )
        output = completed.stdout
    except subprocess.TimeoutExpired as stuck:
        output = (stuck.stdout or b"").decode(errors="replace") if isinstance(stuck.stdout, bytes) else (stuck.stdout or "")
    runs = []
    for (paths, target), spec in zip(jobs, specs, strict=True):
        out = Path(spec["out"])
        if out.exists():
            data = json.loads(out.read_text())
            runs.append(ProbeRun(data["tests"], data["collection_errors"], output[-4000:]))
        else:
            runs.append(run_katas(paths, target, tmp_path))
    return runs


@pytest.fixture(scope="session")
def stub_run(tmp_path_factory) -> ProbeRun:
    """Every kata test against the pristine stubs in katas/."""
    return run_katas(["katas"], REPO / "katas", tmp_path_factory.mktemp("stubs"))


@pytest.fixture(scope="session")
def solution_run(tmp_path_factory) -> ProbeRun:
    """Every kata test against the reference solutions."""
    return run_katas(["katas"], REPO / "solutions", tmp_path_factory.mktemp("solutions"))
