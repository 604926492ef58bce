"""`dojo verify` end to end, in real git repositories made in temporary folders; and the workflows."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.test_plugin import DEMO_FILES, GREET_SOLUTION, GREET_TESTS

pytestmark = pytest.mark.timeout(120)

UPSTREAM_FILES = {
    "conftest.py": 'pytest_plugins = ["dojo.plugin"]\n',
    "pyproject.toml": '[tool.pytest.ini_options]\naddopts = ["--import-mode=importlib"]\ntimeout = 20\n',
    **DEMO_FILES,
}


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t"}
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True).stdout


def write(repo: Path, path: str, text: str) -> None:
    file = repo / path
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")


@pytest.fixture(scope="module")
def upstream(tmp_path_factory) -> Path:
    """The kata repository as published: a main branch with stubs, tests and this dojo."""
    repo = tmp_path_factory.mktemp("upstream")
    for path, text in UPSTREAM_FILES.items():
        write(repo, path, text)
    shutil.copytree(REPO / "dojo", repo / "dojo", ignore=shutil.ignore_patterns("__pycache__"))
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "upstream")
    return repo


@pytest.fixture
def learner(upstream, tmp_path) -> Path:
    """A learner's clone of upstream, on a branch of their own."""
    clone = tmp_path / "learner"
    subprocess.run(["git", "clone", "-q", str(upstream), str(clone)], check=True)
    git(clone, "checkout", "-q", "-b", "solutions")
    return clone


def verify(repo: Path, *args: str, env: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess[str], dict]:
    out = repo.parent / "verify.json"
    out.unlink(missing_ok=True)
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DOJO_", "PYTEST_", "GITHUB_"))}
    done = subprocess.run(
        [sys.executable, "-m", "dojo", "verify", "--json", str(out), *args],
        cwd=repo, env={**environment, **(env or {})}, capture_output=True, text=True, timeout=120,
    )
    return done, json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}


def grades(report: dict) -> dict[str, str]:
    return {kata["module"]: kata["state"] for kata in report["katas"]}


def test_an_honest_branch_passes_and_untouched_katas_are_not_started(learner, tmp_path):
    write(learner, "katas/02_other/greet.py", GREET_SOLUTION)
    git(learner, "commit", "-qam", "greet")
    summary = tmp_path / "summary.md"
    done, report = verify(learner, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert done.returncode == 0, done.stdout + done.stderr
    assert report["ok"] and report["tampered"] == []
    assert grades(report) == {"arith": "not started", "demo_predictions": "not started", "greet": "passed"}
    page = summary.read_text(encoding="utf-8")
    assert "# dojo verify: PASSED" in page and "attempted 1 / passed 1 / tampered 0" in page
    assert "Topics done: 02_other" in page and "Not started: 01_demo" in page


def test_an_edited_test_is_tampering_and_changes_nothing(learner):
    write(learner, "katas/02_other/test_greet.py", GREET_TESTS.replace('assert call_kata(greet, "Ada") == "Hello, Ada!"', "assert True"))
    write(learner, "katas/01_demo/arith.py", "def add(a, b):\n    return a - b\n\n\ndef name():\n    return 'demo'\n")
    git(learner, "commit", "-qam", "cheat")
    done, report = verify(learner)
    assert done.returncode == 1
    assert report["tampered"] == ["katas/02_other/test_greet.py"]
    assert grades(report)["arith"] == "failed"
    assert grades(report)["greet"] == "not started", "the stub is untouched: the edited test made it pass, and counts for nothing"
    assert "katas/02_other/test_greet.py" in done.stdout and "Tampering" in done.stdout


def test_a_changed_grader_is_tampering_and_the_base_grader_runs(learner):
    verify_module = learner / "dojo" / "cli" / "verify.py"
    verify_module.write_text(verify_module.read_text(encoding="utf-8").replace("return 0 if result.ok else 1", "return 0"))
    git(learner, "commit", "-qam", "always pass")
    done, report = verify(learner)
    assert done.returncode == 1, "the branch's grader must not grade the branch"
    assert report["tampered"] == ["dojo/cli/verify.py"]


def test_a_kata_that_does_not_import_or_is_deleted_fails_and_new_files_are_ignored(learner):
    write(learner, "katas/02_other/greet.py", "def greet(who:\n")
    (learner / "katas/01_demo/arith.py").unlink()
    write(learner, "katas/01_demo/notes.py", "import json\n")
    git(learner, "add", "-A")
    git(learner, "commit", "-qm", "broken")
    done, report = verify(learner)
    assert done.returncode == 1
    assert grades(report)["greet"] == "failed" and grades(report)["arith"] == "failed"
    assert report["ignored"] == ["katas/01_demo/notes.py"]
    assert "Traceback" not in done.stderr


def test_bad_input_is_one_line_and_exit_2(learner, tmp_path):
    outside = tmp_path / "not-a-repo"
    outside.mkdir()
    done, _ = verify(outside)
    assert done.returncode == 2 and done.stderr.strip().count("\n") == 0 and "not inside a git repository" in done.stderr
    done, _ = verify(learner, "--base", "no-such-ref")
    assert done.returncode == 2 and "unknown ref 'no-such-ref'" in done.stderr and "Traceback" not in done.stderr


def test_a_shallow_clone_without_the_base_says_what_to_fetch(upstream, tmp_path):
    git(upstream, "checkout", "-q", "-b", "solved")
    write(upstream, "katas/02_other/greet.py", GREET_SOLUTION)
    git(upstream, "commit", "-qam", "solve")
    git(upstream, "checkout", "-q", "main")
    shallow = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", "--branch", "solved", f"file://{upstream}", str(shallow)], check=True)
    git(shallow, "fetch", "-q", "--depth", "1", "origin", "main:refs/remotes/origin/main")
    done, _ = verify(shallow)
    assert done.returncode == 2
    assert "shallow clone" in done.stderr and "fetch-depth: 0" in done.stderr


@pytest.mark.parametrize("workflow", ["katas.yml", "ci.yml"])
def test_workflows_are_valid(workflow):
    path = REPO / ".github" / "workflows" / workflow
    command = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(path)]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    if workflow == "katas.yml":
        text = path.read_text(encoding="utf-8")
        assert "dojo verify" in text and "fetch-depth: 0" in text and "cancel-in-progress: true" in text
