"""The `dojo` command end to end: in a small kata repository, as a learner types it; watch mode in a real terminal."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pexpect
import pytest

from tests.support.child import child_env, dojo
from tests.support.demo import ARITH_SOLUTION, ARITH_STUB, PREDICTIONS_SOLUTION, UPSTREAM_FILES, committed

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def repo(tmp_path) -> Path:
    """The demo kata repository, committed (reset takes pristine katas from git)."""
    return committed(tmp_path / "repo", UPSTREAM_FILES)


@pytest.fixture
def dojo_here(repo, monkeypatch, capsys):
    """`dojo ARGS` in this process, in repo, without DOJO_* settings: for commands that run no pytest (list, hint)."""
    from dojo.cli import main

    monkeypatch.chdir(repo)
    for name in [name for name in os.environ if name.startswith("DOJO_")]:
        monkeypatch.delenv(name)

    def run(*args: str) -> str:
        status = main(list(args))
        out, err = capsys.readouterr()
        assert status == 0, err
        return out

    return run


def test_every_command_has_help_with_an_example(capsys):
    from dojo.cli import main

    # In-process: help only parses arguments (that it imports no pytest is test_help_and_list_do_not_import_pytest's).
    for command in ("watch", "next", "list", "hint", "reset", "check", "report", "verify"):
        with pytest.raises(SystemExit) as exited:
            main([command, "--help"])
        assert exited.value.code == 0 and "example:" in capsys.readouterr().out, command


def test_next_checks_the_current_kata_then_shows_the_next(repo):
    first = dojo(repo, "next")
    assert first.returncode == 0 and "katas/01_demo/arith.py" in first.stdout and "pytest katas/01_demo/test_arith.py" in first.stdout
    (repo / "katas/01_demo/arith.py").write_text(ARITH_SOLUTION, encoding="utf-8")
    second = dojo(repo, "next")
    assert "01_demo/arith.py passes." in second.stdout and "katas/01_demo/demo_predictions.py" in second.stdout


def test_list_shows_states_and_hint_shows_the_unlocked_tier_then_next_unlocks(repo, dojo_here):
    """walkthrough #2: `dojo hint` shows the hint the learner is on; only --next unlocks the next one."""
    dojo(repo, "next")
    listing = dojo_here("list")
    assert "failing" in listing and "arith.py" in listing and "demo.adding" in listing
    assert "not started" in listing and "greet.py" in listing
    shown = dojo_here("hint", "arith")
    assert "hint 1 of 3" in shown and "first hint: think of +" in shown and "dojo hint arith --next" in shown
    assert "hint 1 of 3" in dojo_here("hint", "arith"), "asking again without --next unlocks nothing"
    assert "second hint: a + b" in dojo_here("hint", "arith", "--next")
    assert "second hint: a + b" in dojo_here("hint", "katas/01_demo/arith.py"), "an unlocked hint is kept"
    last = dojo_here("hint", "arith", "--next")
    assert "third hint: return a + b" in last and "(the last one)" in last
    assert "hints 3/3" in dojo_here("list", "01")
    assert "hint 1 of 1" in dojo_here("hint", "greet")


def test_the_first_hint_after_failing_edits_is_never_the_last_tier(repo, dojo_here):
    """walkthrough #2: a few failing edits unlock hint 2 of 3; the first `dojo hint` shows that one, not the answer."""
    # One attempt per tier, not the default three: two runs instead of four (the first run of a kata is no attempt,
    # the failing edit after it is one), and `dojo hint` must read the ini as pytest does.
    pyproject = repo / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8") + "dojo_hint_runs = 1\n", encoding="utf-8")
    for wrong in range(2):
        (repo / "katas/01_demo/arith.py").write_text(f"def add(a, b):\n    return {wrong}\n\n\ndef name():\n    return 1\n")
        dojo(repo, "check", "01", "-q", "-k", "arith")
    shown = dojo_here("hint", "arith")
    # The tier shown, not the "--next unlocks hint 2 of 3" line under hint 1.
    assert "hint 2 of 3 for 01_demo/arith.py" in shown and "return a + b" not in shown


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


def test_each_saved_run_adds_to_the_history_and_report_html_shows_it(repo):
    from dojo.progress import ProgressStore, progress_path

    first = dojo(repo, "check", "01", "-q", f"--dojo-html={repo / 'run.html'}")
    assert first.returncode == 1 and (repo / "run.html").exists(), first.stdout + first.stderr
    assert "the report as HTML is in" in first.stdout
    (repo / "katas/01_demo/demo_predictions.py").write_text(PREDICTIONS_SOLUTION, encoding="utf-8")
    dojo(repo, "check", "01", "-q", "--dojo-report=none")  # a watch-like run: saved, so in the history too
    history = ProgressStore(progress_path(repo), "katas").history()
    assert len(history) == 2 and history[0].topics["01_demo"][0] < history[1].topics["01_demo"][0]
    report = dojo(repo, "report", "--html", str(repo / "report.html"))
    assert report.returncode == 0, report.stderr
    page = (repo / "report.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Verdict: NOT READY" in page and "Readiness over time" in page
    assert "on 1 day from" in page, "two runs of one day: one point"
    assert "--html PATH" in dojo(repo, "report", "--help").stdout


def test_reset_of_a_test_file_puts_back_that_file_only(repo):
    """walkthrough #3: naming a kata's test file never touches the learner's kata module."""
    kata, test = repo / "katas/01_demo/arith.py", repo / "katas/01_demo/test_arith.py"
    kata.write_text("my solution\n", encoding="utf-8")
    pristine_test = test.read_text(encoding="utf-8")
    test.write_text("edited test\n", encoding="utf-8")
    done = dojo(repo, "reset", "katas/01_demo/test_arith.py", "--yes")
    assert done.returncode == 0 and "reset katas/01_demo/test_arith.py" in done.stdout
    assert test.read_text(encoding="utf-8") == pristine_test and kata.read_text(encoding="utf-8") == "my solution\n"
    inside = subprocess.run([sys.executable, "-m", "dojo", "reset", "test_arith.py", "--yes"], cwd=repo / "katas/01_demo",
                            env=child_env(), capture_output=True, text=True)
    assert "already pristine" in inside.stdout and kata.read_text(encoding="utf-8") == "my solution\n"


def test_reset_of_a_deleted_kata_promises_no_backup(repo):
    (repo / "katas/01_demo/arith.py").unlink()
    done = dojo(repo, "reset", "arith")
    assert "--yes" in done.stderr
    child = pexpect.spawn(sys.executable, ["-m", "dojo", "reset", "arith"], cwd=str(repo), env=child_env(), encoding="utf-8", timeout=30)
    child.expect(r"\? \[y/N\]")
    assert "Put back katas/01_demo/arith.py (deleted)" in child.before and "kept under" not in child.before
    child.sendline("y")
    child.expect(pexpect.EOF)
    assert "put back katas/01_demo/arith.py" in child.before and (repo / "katas/01_demo/arith.py").exists()


def test_check_passes_options_to_pytest_without_a_topic(repo):
    done = dojo(repo, "check", "-k", "greet", "-q")
    assert "1 failed" in done.stdout and "deselected" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["hint", "nosuch"], "unknown kata 'nosuch'"),
        (["list", "99"], "unknown topic '99'"),
        (["reset"], "say what to reset"),
        (["reset", "nosuch"], "unknown kata, test file or topic 'nosuch'"),
        (["reset", "--progress", "arith"], "give it alone"),
    ],
)
def test_bad_input_is_one_line_and_a_non_zero_exit(repo, args, message):
    done = dojo(repo, *args)
    assert done.returncode != 0 and message in done.stderr
    assert "Traceback" not in done.stderr and done.stderr.strip().count("\n") == 0


def test_seconds_zero_says_what_is_allowed(repo):
    done = dojo(repo, "drill", "--seconds", "0")
    assert done.returncode == 2 and "give more than 0 and at most 600 seconds, not 0" in done.stderr


def test_outside_a_kata_repository_is_one_line(tmp_path):
    done = dojo(tmp_path, "list")
    assert done.returncode == 2 and "no kata repository here" in done.stderr


def watch(repo: Path, *args: str, rows: int = 24, columns: int = 80) -> pexpect.spawn:
    return pexpect.spawn(
        sys.executable, ["-m", "dojo", "watch", *args], cwd=str(repo), env=child_env(), encoding="utf-8", timeout=60,
        dimensions=(rows, columns),
    )


CLEAR = "\x1b[H\x1b[2J"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def screens(text: str) -> list[list[str]]:
    """The screens drawn (each starts by clearing the terminal), as lines without colours."""
    return [ANSI.sub("", screen).replace("\r", "").split("\n") for screen in text.split(CLEAR)[1:]]


def quit_watch(child: pexpect.spawn) -> None:
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_watch_moves_on_when_the_kata_passes_and_quits_on_q(repo):
    child = watch(repo, "01")
    try:
        child.expect("katas/01_demo/arith.py")
        child.expect("failing")
        (repo / "katas/01_demo/arith.py").write_text(ARITH_SOLUTION, encoding="utf-8")  # the learner saves
        child.expect("arith.py passes")
        child.expect("katas/01_demo/demo_predictions.py")
        child.expect("hint 1 of 1: run it in your head")  # the unlocked hint is on the screen, unasked
        child.send("h")
        child.expect("hint 1 of 1 is the last one")
    finally:
        quit_watch(child)


LESSON = (
    "add(2, 3) gave the wrong number: the lesson is this whole message, however long it is, because "
    "it says what the test expects and why; a learner who sees only its last lines goes back to plain "
    "pytest to read it.\nSecond line of the lesson: LAST-WORDS-OF-THE-LESSON"
)

LESSON_TESTS = f"""
import pytest
from arith import add
from dojo.testing import call_kata


@pytest.mark.checklist("demo.adding")
def test_adds_with_a_lesson():
    assert call_kata(add, 2, 3) == 5, {LESSON!r}
"""


def test_watch_shows_each_lesson_whole_and_the_hint_unlocked_and_h_twice_unlocks_the_next(repo):
    """walkthrough #1 and #2: the whole assertion message, the hint unlocked, `h` then `h` again, and it stays."""
    (repo / "katas/01_demo/test_arith.py").write_text(LESSON_TESTS, encoding="utf-8")
    (repo / "katas/01_demo/arith.py").write_text("def add(a, b):\n    return 0\n\n\ndef name():\n    return 'x'\n")
    child = watch(repo, "01")
    try:
        child.expect("1 failing, 0 passing")
        child.expect("LAST-WORDS-OF-THE-LESSON")
        child.expect(r"assert 0 == 5")
        child.expect("hint 1 of 3: first hint: think of \\+")
        child.send("h")
        child.expect("press h again to unlock hint 2")
        child.send("h")
        child.expect("hint 2 of 3: second hint: a \\+ b")
        (repo / "katas/01_demo/arith.py").write_text("def add(a, b):\n    return 1234\n\n\ndef name():\n    return 'x'\n")
        child.expect("assert 1234 == 5")
        child.expect("hint 2 of 3: second hint")  # a shown hint stays after the next save
    finally:
        quit_watch(child)
    shown = "\n".join(line for screen in screens(child.before or "") for line in screen)
    assert "where" not in shown and "Use -v" not in shown, "pytest's machinery is folded"
    assert "dojo" + "/target.py" not in shown


def test_watch_screens_fit_80x24_and_what_does_not_fit_is_paged(repo):
    """walkthrough #8: every screen fits the terminal; space and b page through the failures."""
    tests = "".join(
        f"\n\n@pytest.mark.checklist('demo.adding')\ndef test_number_{n:02}():\n"
        f"    assert call_kata(add, {n}, 1) == {n + 1}, 'test {n:02}: ' + 'a lesson of three lines. ' * 8\n"
        for n in range(12)
    )
    (repo / "katas/01_demo/test_arith.py").write_text("import pytest\nfrom arith import add\nfrom dojo.testing import call_kata" + tests)
    (repo / "katas/01_demo/arith.py").write_text("def add(a, b):\n    return 0\n\n\ndef name():\n    return 'x'\n")
    child = watch(repo, "01")
    drawn = ""
    try:
        child.expect(r"space more \(1 of (\d+)\)")
        pages = int(child.match.group(1))
        assert pages >= 3
        drawn += child.before + child.after
        for page in range(2, pages + 1):
            child.send(" ")
            child.expect(rf"space more \({page} of {pages}\)")
            drawn += child.before + child.after
        child.send("b")
        child.expect(rf"space more \({pages - 1} of {pages}\)")
    finally:
        quit_watch(child)
    for screen in screens(drawn):
        assert len(screen) <= 24 and all(len(line) <= 80 for line in screen), screen
        for line in screen:  # a page break never separates a test's lesson from its name
            if line.startswith("    test ") and ":" in line:
                assert f"x test_number_{line.split()[1].rstrip(':')}" in "\n".join(screen), screen
    assert "test_number_00" in drawn and "test_number_11" in drawn


def test_the_list_is_paged(repo):
    """walkthrough #8: `l` on a curriculum longer than the terminal pages like the failures."""
    katas = "".join(f'\n[[kata]]\nmodule = "many_{n:02}"\ntitle = "Kata {n}"\nkind = "implement"\nhints = ["h"]\n' for n in range(30))
    (repo / "katas/02_other/topic.toml").write_text((repo / "katas/02_other/topic.toml").read_text() + katas)
    for n in range(30):
        (repo / f"katas/02_other/many_{n:02}.py").write_text("def f():\n    raise NotImplementedError('f: write it')\n")
        (repo / f"katas/02_other/test_many_{n:02}.py").write_text(
            f"import pytest\nfrom many_{n:02} import f\n\n\n@pytest.mark.checklist('other.greeting')\ndef test_f():\n    f()\n")
    child = watch(repo)
    try:
        child.expect("failing")
        child.send("l")
        child.expect(r"many_0")
        child.expect(r"page 1 of 2")
        child.send(" ")
        child.expect(r"many_29\.py")
        child.expect(r"page 2 of 2")
        child.send("x")  # any other key: back to the kata
        child.expect("katas/01_demo/arith.py")
    finally:
        quit_watch(child)


def test_ctrl_c_ends_the_loop_even_during_a_run(repo):
    """walkthrough #5: Ctrl-C quits at once, while the screen waits and while a kata hangs."""
    child = watch(repo, "01")
    try:
        child.expect("failing")
        (repo / "katas/01_demo/arith.py").write_text("def add(a, b):\n    while True:\n        pass\n\n\ndef name():\n    return 1\n")
        child.expect("checking again")
        started = time.monotonic()
        child.sendcontrol("c")
        child.expect(pexpect.EOF, timeout=5)
        assert time.monotonic() - started < 3
    finally:
        child.close()
    assert child.exitstatus == 0
    # Back to the stub: the next watch then draws its screen at once, not after the hang's 10 s test limit.
    (repo / "katas/01_demo/arith.py").write_text(ARITH_STUB, encoding="utf-8")
    child = watch(repo, "01")
    child.expect("failing")
    child.sendcontrol("c")
    child.expect(pexpect.EOF, timeout=5)
    child.close()
    assert child.exitstatus == 0


def test_a_save_to_another_kata_switches_to_it_and_a_skip_sticks(repo):
    """walkthrough #12: saving another kata's module runs that kata; after `n`, a pass goes on, not back."""
    child = watch(repo)
    try:
        child.expect("katas/01_demo/arith.py")
        child.expect("failing")
        (repo / "katas/02_other/greet.py").write_text("def greet(who):\n    return 'nope'\n", encoding="utf-8")
        child.expect("you saved greet.py: the loop follows you there")
        child.expect("katas/02_other/greet.py")
        child.expect("failing")
        child.send("n")  # skip greet: on to the next unfinished kata after it, wrapping to arith
        child.expect("skipped greet.py")
        child.expect("katas/01_demo/arith.py")
        child.send("n")
        child.expect("katas/01_demo/demo_predictions.py")
        (repo / "katas/01_demo/demo_predictions.py").write_text(PREDICTIONS_SOLUTION, encoding="utf-8")
        child.expect("demo_predictions.py passes: on to greet.py")  # the next after it, not back to the first
        child.expect("katas/02_other/greet.py")
    finally:
        quit_watch(child)


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
        done = subprocess.run([sys.executable, "-c", probe, *args], cwd=repo, env=child_env(), capture_output=True, text=True)
        assert done.stdout.strip() == "[]", (args, done.stdout, done.stderr)
    listed = dojo(repo, "--help").stdout
    assert all(command in listed for command in ("watch", "list", "reset", "drill", "verify"))


def test_the_task_is_the_whole_task_paragraph(repo):
    (repo / "katas/01_demo/arith.py").write_text(
        '"""Kata: adding.\n\nTask: implement add so that it returns the sum\nof its two arguments, exactly.\n\nMore text.\n"""\n',
        encoding="utf-8",
    )
    assert "Task: implement add so that it returns the sum of its two arguments, exactly." in dojo(repo, "next").stdout


def test_a_test_failing_in_call_and_teardown_is_one_failing_test(repo):
    """The loop reads the plugin's results record: one definition of passed, one row per test."""
    (repo / "katas/01_demo/test_arith.py").write_text(
        "import pytest\nfrom arith import add\nfrom dojo.testing import call_kata\n\n\n"
        "@pytest.fixture\ndef broken():\n    yield\n    raise RuntimeError('teardown breaks too')\n\n\n"
        "@pytest.mark.checklist('demo.adding')\ndef test_adds(broken):\n    assert call_kata(add, 2, 3) == 5\n\n\n"
        "@pytest.mark.checklist('demo.adding')\ndef test_passes():\n    assert True\n"
    )
    child = watch(repo, "01")
    try:
        child.expect("1 failing, 1 passing")
        child.expect("not written yet: add: return the sum")
    finally:
        quit_watch(child)


def test_a_lesson_is_split_from_pytests_explanation():
    from dojo.cli.failures import failure

    shown = failure("test_x", "AssertionError", ("AssertionError", "Exception"),
                    "the lesson\nin two lines\nassert 1 == 4\n +  where 1 = len([1])\n  \n  Use -v to get more diff")
    assert shown.lesson == ("the lesson", "in two lines", "assert 1 == 4") and shown.folded == 2
    assert failure("t", "TypeError", ("TypeError", "Exception"), "bad operand").lesson == ("TypeError: bad operand",)
    assert failure("t", "KataFailure", ("KataFailure", "AssertionError"), "f() raised NameError").lesson == ("f() raised NameError",)
    assert failure("t", "NotImplementedError", ("NotImplementedError",), "f: do it").lesson == ("not written yet: f: do it",)


def test_pytest_runs_a_topic_in_its_kata_order_so_x_stops_on_the_next_kata(repo):
    """walkthrough #6: files are collected alphabetically; kata tests run in topic.toml's order."""
    topic = repo / "katas/01_demo/topic.toml"
    text = topic.read_text(encoding="utf-8")
    first, second = text.index("[[kata]]"), text.index("[[kata]]", text.index("[[kata]]") + 1)
    topic.write_text(text[:first] + text[second:] + "\n" + text[first:second], encoding="utf-8")  # predictions first
    done = subprocess.run([sys.executable, "-m", "pytest", "katas/01_demo", "-x", "-q", "-p", "no:cacheprovider"],
                          cwd=repo, env=child_env(), capture_output=True, text=True)
    assert "FAILED katas/01_demo/test_demo_predictions.py::test_secret" in done.stdout
    assert "Next: open katas/01_demo/demo_predictions.py" in done.stdout and "test_arith" not in done.stdout


def test_plain_pytest_without_the_plugin_still_imports_the_katas(repo):
    """walkthrough #14: `-p no:dojo.plugin` is plain pytest, not a collection error per test file."""
    (repo / "conftest.py").write_text((Path(__file__).resolve().parent.parent / "conftest.py").read_text(encoding="utf-8"))
    done = subprocess.run([sys.executable, "-m", "pytest", "katas", "-q", "-p", "no:cacheprovider", "-p", "no:dojo.plugin"],
                          cwd=repo, env=child_env(), capture_output=True, text=True)
    assert "ERROR" not in done.stdout and "ModuleNotFoundError" not in done.stdout and "5 failed" in done.stdout, done.stdout
    assert "readiness report" not in done.stdout


def test_a_save_in_the_same_second_with_the_same_size_runs_the_new_code(repo):
    """A cached .pyc is trusted on the source's mtime in whole seconds and its size: kata modules never use one."""
    kata = repo / "katas/01_demo/arith.py"
    env = {k: v for k, v in child_env().items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-m", "pytest", "katas/01_demo/test_arith.py", "-q", "-p", "no:cacheprovider", "-k", "test_adds"]
    kata.write_text("def add(a, b):\n    return 1234\n\n\ndef name():\n    return 1\n", encoding="utf-8")
    stamp = kata.stat().st_mtime
    first = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True)
    assert "assert 1234 == 5" in first.stdout
    kata.write_text("def add(a, b):\n    return 1235\n\n\ndef name():\n    return 1\n", encoding="utf-8")
    os.utime(kata, (stamp, stamp))  # the same second, the same size: what an editor's quick second save looks like
    second = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True)
    assert "assert 1235 == 5" in second.stdout, second.stdout


def test_a_deleted_kata_is_one_clear_failure_in_the_loop(repo):
    """The next run's child is made ready before the save: a kata deleted meanwhile still says it is missing."""
    child = watch(repo, "01")
    try:
        child.expect("failing")
        time.sleep(1)  # the next run's child is ready and waiting
        (repo / "katas/01_demo/arith.py").unlink()
        child.expect("katas/01_demo/arith.py is missing")
    finally:
        quit_watch(child)
