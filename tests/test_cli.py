"""The `dojo` command end to end: in a small kata repository, as a learner types it; watch mode in a real terminal."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pexpect
import pytest

from tests.test_plugin import ARITH_SOLUTION, PREDICTIONS_SOLUTION
from tests.test_verify import UPSTREAM_FILES, git

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def repo(tmp_path) -> Path:
    """The demo kata repository, committed (reset takes pristine katas from git)."""
    root = tmp_path / "repo"
    for path, text in UPSTREAM_FILES.items():
        file = root / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "upstream")
    return root


def _env() -> dict[str, str]:
    repo_root = str(Path(__file__).resolve().parent.parent)
    # Not COLUMNS/LINES either: xdist workers export them, and rich would wrap at their size.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DOJO_", "PYTEST_")) and k not in ("COLUMNS", "LINES")}
    env["PYTHONPATH"] = repo_root  # this dojo, whatever the scratch repository holds
    return env


def dojo(root: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dojo", *args], cwd=root, env=_env(), input=stdin, capture_output=True, text=True, timeout=120
    )


def test_every_command_has_help_with_an_example(repo):
    for command in ("watch", "next", "list", "hint", "reset", "check", "report", "verify"):
        done = dojo(repo, command, "--help")
        assert done.returncode == 0 and "example:" in done.stdout, command


def test_next_checks_the_current_kata_then_shows_the_next(repo):
    first = dojo(repo, "next")
    assert first.returncode == 0 and "katas/01_demo/arith.py" in first.stdout and "pytest katas/01_demo/test_arith.py" in first.stdout
    (repo / "katas/01_demo/arith.py").write_text(ARITH_SOLUTION, encoding="utf-8")
    second = dojo(repo, "next")
    assert "01_demo/arith.py passes." in second.stdout and "katas/01_demo/demo_predictions.py" in second.stdout


def test_list_shows_states_and_hint_asks_for_the_next_tier(repo):
    dojo(repo, "next")
    listing = dojo(repo, "list").stdout
    assert "failing" in listing and "arith.py" in listing and "demo.adding" in listing
    assert "not started" in listing and "greet.py" in listing
    # The failing run showed the first hint already: asking gives the next one, and it is kept.
    assert "second hint: a + b" in dojo(repo, "hint", "arith").stdout
    assert "third hint: return a + b" in dojo(repo, "hint", "katas/01_demo/arith.py").stdout
    assert "hints 3/3" in dojo(repo, "list", "01").stdout
    assert "hint 1 of 1" in dojo(repo, "hint", "greet").stdout


def test_reset_keeps_a_backup_and_asks_unless_told(repo):
    kata = repo / "katas/01_demo/arith.py"
    kata.write_text("my attempt\n", encoding="utf-8")
    refused = dojo(repo, "reset", "arith")
    assert refused.returncode == 2 and "--yes" in refused.stderr and kata.read_text() == "my attempt\n"
    done = dojo(repo, "reset", "arith", "--yes")
    assert done.returncode == 0 and "NotImplementedError" in kata.read_text()
    backups = list((repo / ".dojo" / "backups").rglob("arith.py"))
    assert [b.read_text() for b in backups] == ["my attempt\n"]
    assert ".dojo/backups/" in done.stdout


def test_report_runs_nothing_and_check_runs_pytest(repo):
    (repo / "katas/01_demo/demo_predictions.py").write_text(PREDICTIONS_SOLUTION, encoding="utf-8")
    checked = dojo(repo, "check", "01", "-q")
    assert checked.returncode == 1 and "readiness report" in checked.stdout
    report = dojo(repo, "report", "--json", str(repo / "r.json"))
    assert report.returncode == 0 and "Verdict: NOT READY" in report.stdout and (repo / "r.json").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [(["hint", "nosuch"], "unknown kata 'nosuch'"), (["list", "99"], "unknown topic '99'"), (["reset"], "say what to reset")],
)
def test_bad_input_is_one_line_and_a_non_zero_exit(repo, args, message):
    done = dojo(repo, *args)
    assert done.returncode != 0 and message in done.stderr
    assert "Traceback" not in done.stderr and done.stderr.strip().count("\n") == 0


def test_outside_a_kata_repository_is_one_line(tmp_path):
    done = dojo(tmp_path, "list")
    assert done.returncode == 2 and "no kata repository here" in done.stderr


def test_watch_moves_on_when_the_kata_passes_and_quits_on_q(repo):
    child = pexpect.spawn(
        sys.executable, ["-m", "dojo", "watch", "01"], cwd=str(repo), env=_env(), encoding="utf-8", timeout=60,
        dimensions=(40, 120),
    )
    try:
        child.expect("katas/01_demo/arith.py")
        child.expect("failing")
        (repo / "katas/01_demo/arith.py").write_text(ARITH_SOLUTION, encoding="utf-8")  # the learner saves
        child.expect("arith.py passes")
        child.expect("katas/01_demo/demo_predictions.py")
        child.send("h")
        child.expect("hint 1: run it in your head")
        child.send("q")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0


def test_help_and_list_do_not_import_pytest(repo):
    """`dojo --help` and `dojo list` start in well under 150 ms: pytest is imported only by commands that run it."""
    probe = (
        "import sys, contextlib, io\n"
        "from dojo.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(sys.argv[1:]) == 0\n"
        "print(sorted(m for m in ('pytest', '_pytest', 'asyncio', 'rich', 'dojo.render') if m in sys.modules))\n"
    )
    for args in (["list"], ["list", "01"], ["hint", "arith"]):
        done = subprocess.run([sys.executable, "-c", probe, *args], cwd=repo, env=_env(), capture_output=True, text=True)
        assert done.stdout.strip() == "[]", (args, done.stdout, done.stderr)
    listed = dojo(repo, "--help").stdout
    assert all(command in listed for command in ("watch", "list", "reset", "drill", "verify"))


def test_the_task_is_the_whole_task_paragraph(repo):
    (repo / "katas/01_demo/arith.py").write_text(
        '"""Kata: adding.\n\nTask: implement add so that it returns the sum\nof its two arguments, exactly.\n\nMore text.\n"""\n',
        encoding="utf-8",
    )
    assert "Task: implement add so that it returns the sum of its two arguments, exactly." in dojo(repo, "next").stdout
