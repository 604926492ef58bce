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


def run_katas(paths: list[str], target: Path, tmp_path: Path, *extra: str) -> ProbeRun:
    """Run kata tests in a child pytest against target (never saved as progress); return per-test results."""
    out = tmp_path / f"probe-{len(list(tmp_path.glob('probe-*')))}.json"
    env = {**os.environ, "KATA_PROBE_OUT": str(out), "PYTHONPATH": str(REPO)}
    env.pop("DOJO_TARGET", None)
    env.pop("PYTEST_XDIST_WORKER", None)
    command = [
        sys.executable, "-m", "pytest", *paths, "--target", str(target),
        "-p", "tests.kata_probe", "-p", "no:cacheprovider", "-q", *extra,
    ]
    completed = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    if not out.exists():
        raise AssertionError(f"the child pytest run wrote no results:\n{completed.stdout}\n{completed.stderr}")
    data = json.loads(out.read_text())
    return ProbeRun(data["tests"], data["collection_errors"], completed.stdout + completed.stderr)


@pytest.fixture(scope="session")
def stub_run(tmp_path_factory) -> ProbeRun:
    """Every kata test against the pristine stubs in katas/."""
    return run_katas(["katas"], REPO / "katas", tmp_path_factory.mktemp("stubs"))


@pytest.fixture(scope="session")
def solution_run(tmp_path_factory) -> ProbeRun:
    """Every kata test against the reference solutions."""
    return run_katas(["katas"], REPO / "solutions", tmp_path_factory.mktemp("solutions"))
