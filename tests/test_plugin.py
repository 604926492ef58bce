"""The dojo plugin, driven through pytester in a small kata repository of its own, serial and under xdist."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from tests.support.demo import (
    ARITH_SOLUTION,
    ARITH_TESTS,
    DEMO_TOPIC,
    GREET_SOLUTION,
    GREET_STUB,
    GREET_TESTS,
    PREDICTIONS_SOLUTION,
    PREDICTIONS_WRONG,
    write,
)

pytestmark = pytest.mark.timeout(120)

# One worker: the controller and its worker are still two processes, the path these tests prove, at one
# interpreter less. Tests that prove several workers' results merge ask for -n 2 themselves.
MODES = {"serial": [], "xdist": ["-n", "1"]}

# Low limits: no test of ours waits on a production default.
FAST = ["--dojo-call-limit=0.5", "--dojo-import-limit=0.5", "--dojo-grace=0.5"]


def run(pytester: pytest.Pytester, *args: str, own_process: bool = False) -> pytest.RunResult:
    """A pytest run in the scratch repository: in this process, unless it needs one of its own.

    Runs whose kata code is ended by signals, the watchdog or os._exit get a process of their own;
    the rest run in-process, several times faster. Under xdist (as in xdist's own tests) the
    controller runs in this process and only its workers start interpreters.
    """
    if own_process:
        return pytester.runpytest_subprocess(*args, timeout=120)
    return pytester.runpytest_inprocess(*args)


def readiness(pytester: pytest.Pytester, *args: str, own_process: bool = False) -> tuple[pytest.RunResult, dict]:
    path = pytester.path / f"readiness-{time.monotonic_ns()}.json"
    result = run(pytester, *args, f"--dojo-json={path}", own_process=own_process)
    return result, json.loads(path.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- the report


@pytest.mark.parametrize("mode", MODES)
def test_stub_run_reports_every_topic_and_the_verdict(kata_repo, mode):
    result, report = readiness(kata_repo, "katas", *MODES[mode])
    result.assert_outcomes(failed=5)
    assert report["target"] == "katas"
    assert report["totals"] == {"passed": 0, "failed": 5, "skipped": 0, "total": 5, "this_run": 5}
    assert [(t["id"], t["passed"], t["failed"], t["total"]) for t in report["topics"]] == [
        ("01_demo", 0, 4, 4),
        ("02_other", 0, 1, 1),
    ]
    adding = next(item for item in report["checklist"] if item["id"] == "demo.adding")
    assert (adding["passed"], adding["total"], adding["done"]) == (0, 2, False)
    assert adding["next_kata"] == "01_demo/arith.py"
    assert [q["done"] for q in report["elimination"]] == [False, False]
    assert report["verdict"]["ready"] is False
    assert any("2 of 2 elimination questions not yet proven" in r for r in report["verdict"]["reasons"])
    output = result.stdout.str()
    assert "readiness report" in output and "Verdict: NOT READY" in output
    assert "Next: open katas/01_demo/arith.py" in output


@pytest.mark.parametrize("mode", MODES)
def test_solution_run_is_ready(kata_repo, mode):
    result, report = readiness(kata_repo, "katas", "--dojo-solutions", *MODES[mode])
    result.assert_outcomes(passed=5)
    assert report["target"] == "solutions"
    assert all(item["done"] for item in report["checklist"])
    assert report["verdict"]["ready"] is True
    assert "Verdict: READY" in result.stdout.str()


def test_json_is_the_same_serial_and_under_xdist(kata_repo):
    write(kata_repo.path, "katas/01_demo/arith.py", ARITH_SOLUTION.replace("return a + b", "return a + b if a > 0 else 0"))
    _, serial = readiness(kata_repo, "katas", "--dojo-target", "katas")
    _, parallel = readiness(kata_repo, "katas", "--dojo-target", "katas", "-n", "2")
    assert serial["totals"]["passed"] == 2  # test_adds and test_names pass, the rest fail
    assert serial == parallel  # the JSON holds no timings, so all of it must agree


def test_the_html_page_is_written_once_by_the_controller_and_each_saved_run_adds_to_its_history(kata_repo):
    page = kata_repo.path / "readiness.html"
    run(kata_repo, "katas", "--dojo-report=none")  # saved: a row of history, though nobody reads a report
    result = run(kata_repo, "katas", "-n", "2", f"--dojo-html={page}")
    result.assert_outcomes(failed=5)
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and text.count("<!DOCTYPE html>") == 1, "written once, by the controller"
    assert "Checklist items done, percent, on 1 day from" in text and "Verdict: NOT READY" in text
    from dojo.progress import ProgressStore, progress_path

    assert len(ProgressStore(progress_path(kata_repo.path), "katas").history()) == 2
    assert "the report as HTML is in" in result.stdout.str()


def test_markdown_report_appends_to_the_github_step_summary(kata_repo, monkeypatch):
    summary = kata_repo.path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run(kata_repo, "katas", "--dojo-solutions", f"--dojo-md={summary}")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n")
    assert "# Readiness report" in text and "**Verdict: READY**" in text
    assert "| ✅ | 1 | Can you add? |" in text


def test_no_report_when_no_kata_test_ran(kata_repo):
    write(kata_repo.path, "other_tests/test_plain.py", "def test_plain():\n    assert True\n")
    result = run(kata_repo, "other_tests")
    result.assert_outcomes(passed=1)
    assert "readiness report" not in result.stdout.str()


# --------------------------------------------------------------------------- checklist markers


@pytest.mark.parametrize("mode", MODES)
def test_unknown_checklist_id_fails_only_that_test(kata_repo, mode):
    write(
        kata_repo.path,
        "katas/02_other/test_greet.py",
        GREET_TESTS + '\n\n@pytest.mark.checklist("other.typo")\ndef test_typo():\n    assert True\n',
    )
    result = run(kata_repo, "katas/02_other", "--dojo-solutions", *MODES[mode])
    result.assert_outcomes(passed=1, failed=1)
    output = result.stdout.str()
    assert "unknown checklist id 'other.typo'" in output
    assert "other.greeting" in output  # the message lists the ids that exist
    assert "INTERNALERROR" not in output + result.stderr.str()


# --------------------------------------------------------------------------- learner code that misbehaves


@pytest.mark.parametrize("mode", MODES)
def test_syntax_error_fails_only_that_modules_tests(kata_repo, mode):
    write(kata_repo.path, "katas/01_demo/arith.py", "def add(a, b)\n    return a + b\n")
    write(kata_repo.path, "katas/02_other/greet.py", GREET_SOLUTION)
    result, report = readiness(kata_repo, "katas", "--dojo-target", "katas", *MODES[mode])
    result.assert_outcomes(passed=1, failed=4)
    output = result.stdout.str()
    assert "arith.py could not be imported" in output and "SyntaxError" in output
    assert "readiness report" in output
    assert report["totals"]["total"] == 5


@pytest.mark.parametrize("mode", MODES)
def test_kata_that_hangs_at_import_fails_only_its_tests(kata_repo, mode, monkeypatch):
    write(kata_repo.path, "katas/01_demo/arith.py", "while True:\n    pass\n")
    write(kata_repo.path, "katas/02_other/greet.py", GREET_SOLUTION)
    result = run(kata_repo, "katas", "--dojo-target", "katas", *FAST, *MODES[mode], own_process=True)
    result.assert_outcomes(passed=1, failed=4)
    assert "importing it did not finish within 0.5 s" in result.stdout.str()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("escape", ["KeyboardInterrupt", "SystemExit(3)", "GeneratorExit"])
def test_learner_escape_is_a_failed_test_not_an_aborted_session(kata_repo, mode, escape):
    write(kata_repo.path, "katas/01_demo/arith.py", f"def add(a, b):\n    raise {escape}\n\n\ndef name():\n    raise {escape}\n")
    write(
        kata_repo.path,
        "katas/01_demo/test_arith.py",
        ARITH_TESTS.replace("assert call_kata(name) == \"demo\"", "assert name() == \"demo\"  # called directly"),
    )
    write(kata_repo.path, "katas/02_other/greet.py", GREET_SOLUTION)
    result = run(kata_repo, "katas", "--dojo-target", "katas", *MODES[mode], own_process=True)
    result.assert_outcomes(passed=1, failed=4)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    output = result.stdout.str()
    assert f"raised {escape.split('(')[0]}" in output or "the code under test raised KeyboardInterrupt" in output
    assert "readiness report" in output


@pytest.mark.parametrize("mode", MODES)
def test_hanging_kata_is_stopped_by_its_own_bound(kata_repo, mode):
    write(kata_repo.path, "katas/01_demo/arith.py", "def add(a, b):\n    while True:\n        pass\n\n\ndef name():\n    return 'demo'\n")
    bounded = ARITH_TESTS.replace("call_kata(add, 2, 3)", "call_kata(add, 2, 3, time_limit=0.5)")
    write(kata_repo.path, "katas/01_demo/test_arith.py", bounded)
    result = run(
        kata_repo, "katas/01_demo/test_arith.py", "--dojo-target", "katas", "--dojo-call-limit=0.5", *MODES[mode], own_process=True
    )
    result.assert_outcomes(passed=1, failed=2)  # both bounded: its own time_limit and the run's call limit
    assert "add(2, 3) did not finish within 0.5 s" in result.stdout.str()
    assert "Timeout (>" not in result.stdout.str(), "stopped by the bounds, not by pytest-timeout's backstop"


def test_hang_outside_call_kata_is_stopped_by_pytest_timeout(kata_repo):
    write(kata_repo.path, "katas/01_demo/arith.py", "def add(a, b):\n    while True:\n        pass\n\n\ndef name():\n    return 'demo'\n")
    write(kata_repo.path, "katas/01_demo/test_arith.py", ARITH_TESTS.replace("call_kata(add, 2, 3)", "add(2, 3)"))
    result = run(kata_repo, "katas/01_demo/test_arith.py", "--dojo-target", "katas", "--timeout=1", own_process=True)
    result.assert_outcomes(passed=1, failed=2)
    assert "Timeout" in result.stdout.str()


# --------------------------------------------------------------------------- targets


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("start_method", ["spawn", "forkserver"])
def test_multiprocessing_children_import_the_chosen_target(kata_repo, mode, start_method):
    where = "import os\n\n\ndef location():\n    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))\n"
    write(kata_repo.path, "katas/02_other/greet.py", GREET_STUB + "\n\n" + where)
    write(kata_repo.path, "solutions/02_other/greet.py", GREET_SOLUTION + "\n\n" + where)
    write(
        kata_repo.path,
        "katas/02_other/test_where.py",
        f"""
        import multiprocessing
        import os

        from greet import location


        def test_child_sees_the_same_target():
            context = multiprocessing.get_context("{start_method}")
            with context.Pool(1) as pool:
                child = pool.apply_async(location).get(timeout=60)
            assert child == location()
            assert os.path.basename(child) == "solutions"
        """,
    )
    result = run(kata_repo, "katas/02_other/test_where.py", "--dojo-solutions", *MODES[mode], own_process=True)
    result.assert_outcomes(passed=1)


def test_environment_variable_chooses_the_target(kata_repo, monkeypatch):
    monkeypatch.setenv("DOJO_TARGET", "solutions")
    result = run(kata_repo, "katas")
    result.assert_outcomes(passed=5)
    assert "dojo: target solutions" in result.stdout.str()


def test_solutions_and_target_together_is_a_usage_error(kata_repo):
    result = run(kata_repo, "katas", "--dojo-solutions", "--dojo-target", "katas")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "either --dojo-solutions or --dojo-target" in result.stderr.str()


def test_missing_target_folder_is_a_usage_error(kata_repo):
    result = run(kata_repo, "katas", "--dojo-target", "nowhere")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "the target folder nowhere does not exist" in result.stderr.str()


# --------------------------------------------------------------------------- predictions


@pytest.mark.parametrize("mode", MODES)
def test_wrong_prediction_never_shows_the_answer_without_reveal(kata_repo, mode):
    write(kata_repo.path, "katas/01_demo/demo_predictions.py", PREDICTIONS_WRONG)
    hidden = run(kata_repo, "katas/01_demo/test_demo_predictions.py", "--dojo-target", "katas", *MODES[mode])
    hidden.assert_outcomes(failed=1)
    assert "'hidden truth'" in hidden.stdout.str() and "hidden-truth" not in hidden.stdout.str()
    shown = run(kata_repo, "katas/01_demo/test_demo_predictions.py", "--dojo-target", "katas", "--dojo-reveal", *MODES[mode])
    shown.assert_outcomes(failed=1)
    assert "Python gives:   'hidden-truth'" in shown.stdout.str()


# --------------------------------------------------------------------------- progress and hints


def test_progress_of_an_earlier_run_fills_the_report(kata_repo):
    run(kata_repo, "katas/01_demo", "--dojo-solutions")
    result, report = readiness(kata_repo, "katas/02_other", "--dojo-solutions", "--dojo-report=full")
    result.assert_outcomes(passed=1)
    demo = next(t for t in report["topics"] if t["id"] == "01_demo")
    assert (demo["passed"], demo["total"], demo["source"]) == (4, 4, "earlier run")
    adding = next(item for item in report["checklist"] if item["id"] == "demo.adding")
    assert adding["done"] and adding["earlier"]
    assert report["totals"]["this_run"] == 1
    assert "(earlier run)" in result.stdout.str()


def _stored_results(repo: pytest.Pytester, target: str = "katas") -> dict[str, str]:
    """nodeid -> outcome, as the progress database holds them."""
    path = repo.path / ".dojo" / "progress.sqlite3"
    if not path.exists():
        return {}
    with contextlib.closing(sqlite3.connect(path)) as db:
        return dict(db.execute("SELECT nodeid, outcome FROM results WHERE target = ?", (target,)))


def test_progress_is_written_once_by_the_xdist_controller(kata_repo):
    run(kata_repo, "katas", "-n", "2")
    folder = kata_repo.path / ".dojo"
    kept = ("progress.sqlite3", "cache")  # the store, and the curriculum as read (dojo.curriculum)
    assert [p.name for p in folder.iterdir() if not p.name.startswith(kept)] == [], "no temporary or worker files are left"
    assert [p.name for p in (folder / "cache").iterdir()] == ["curriculum.json"], "the workers' partial writes are gone"
    assert len(_stored_results(kata_repo)) == 5


def test_explicit_target_is_not_saved_as_progress(kata_repo):
    run(kata_repo, "katas", "--dojo-target", "solutions")
    assert not _stored_results(kata_repo) and not _stored_results(kata_repo, "solutions")


def test_unreadable_progress_is_set_aside_with_one_line_and_every_backup_kept(kata_repo):
    folder = kata_repo.path / ".dojo"
    folder.mkdir()
    for torn in ("first torn file", "second torn file"):
        (folder / "progress.sqlite3").write_text(torn, encoding="utf-8")
        result = run(kata_repo, "katas/02_other", "--dojo-solutions")
        result.assert_outcomes(passed=1)
        assert result.stdout.str().count("dojo: progress file unreadable") == 1, "said once, after the report"
        assert "Traceback" not in result.stdout.str() + result.stderr.str()
    kept = sorted(p.read_text(encoding="utf-8") for p in folder.glob("progress.sqlite3.unreadable-*"))
    assert kept == ["first torn file", "second torn file"], "a second corruption must not overwrite the first backup"
    assert _stored_results(kata_repo, "solutions") == {"katas/02_other/test_greet.py::test_greets": "passed"}


def test_hints_unlock_on_attempts_not_on_runs(kata_repo):
    first = run(kata_repo, "katas/01_demo/test_arith.py", "--dojo-hint-runs=2")
    assert "hint 1 of 3 for 01_demo/arith.py" in first.stdout.str() and "first hint: think of +" in first.stdout.str()
    for _ in range(3):  # runs that did not touch the kata are no attempts
        untouched = run(kata_repo, "katas/01_demo/test_arith.py", "--dojo-hint-runs=2")
    assert "hint 1 of 3" in untouched.stdout.str()
    for attempt in range(2):  # two failing runs, each after an edit of the kata
        write(kata_repo.path, "katas/01_demo/arith.py", f"def add(a, b):\n    return {attempt}\n\n\ndef name():\n    return 'x'\n")
        run(kata_repo, "katas/01_demo/test_arith.py", "--dojo-hint-runs=2")
    unlocked = run(kata_repo, "katas/01_demo/test_arith.py", "--dojo-hint-runs=2")
    assert "hint 2 of 3 for 01_demo/arith.py" in unlocked.stdout.str() and "second hint: a + b" in unlocked.stdout.str()


def test_a_katas_hint_is_shown_once_per_run_and_a_stub_is_one_short_block(kata_repo):
    output = run(kata_repo, "katas/01_demo/test_arith.py").stdout.str()
    assert output.count("first hint: think of +") == 1, "under the first failing test only"
    assert "katas/01_demo/arith.py:2: not written yet: add: return the sum" in output
    assert "raise NotImplementedError" not in output, "no traceback for an untouched stub"


def test_with_tb_no_a_failure_is_its_exception_line_and_no_traceback_is_formatted(kata_repo):
    # --tb=no (the contract's runs) shows no traceback: formatting one (parsing each frame's source) was a
    # fifth of a stub run. The summary still says why each test failed.
    write(kata_repo.path, "katas/01_demo/arith.py", "def add(a, b):\n    return a - b\n\n\ndef name():\n    return 'x'\n")
    reports = kata_repo.inline_run("katas/01_demo/test_arith.py", "--tb=no", "-p", "no:randomly").getreports("pytest_runtest_logreport")
    failed = [report for report in reports if report.failed]
    texts = [report.longrepr for report in failed]
    assert len(texts) == 3 and all(isinstance(text, str) and text.startswith("AssertionError: assert ") for text in texts), texts
    assert not any("def test_" in text or "test_arith.py:" in text for text in texts), "no source, no frames"
    summary = run(kata_repo, "katas/01_demo/test_arith.py", "--tb=no").stdout.str()
    assert "FAILED katas/01_demo/test_arith.py::test_adds - AssertionError" in summary


def test_the_report_after_one_topic_is_short_and_full_on_request(kata_repo):
    short = run(kata_repo, "katas/02_other", "--dojo-solutions").stdout.str()
    assert "Can greet" in short and "Can add two numbers" not in short and "Elimination questions:" not in short
    assert "Topic 02 other complete" in short
    assert "Next: open solutions/01_demo/arith.py, then run: pytest katas/01_demo/test_arith.py" in short
    full = run(kata_repo, "katas/02_other", "--dojo-solutions", "--dojo-report=full").stdout.str()
    assert "Can add two numbers" in full and "Elimination questions:" in full


# --------------------------------------------------------------------------- a broken curriculum


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        (DEMO_TOPIC.replace('text = "Can name things"', 'txt = "Can name things"'), "checklist[1]: unknown key 'txt'"),
        (DEMO_TOPIC.replace('text = "Can name things"', ""), "checklist[1]: missing 'text'"),
        (DEMO_TOPIC.replace('id = "demo.naming"', 'id = "demo.adding"'), "duplicate checklist id 'demo.adding'"),
        (DEMO_TOPIC.replace("[[kata]]", "[[katas]]", 1), "unknown key 'katas'"),
        (DEMO_TOPIC.replace('title = "Demo"', 'title = "Demo'), "not valid TOML"),
    ],
    ids=["unknown-key", "missing-text", "duplicate-id", "unknown-table", "bad-toml"],
)
def test_bad_topic_toml_stops_the_run_with_one_clear_message(kata_repo, broken, message):
    write(kata_repo.path, "katas/01_demo/topic.toml", broken)
    result = run(kata_repo, "katas")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    errors = result.stderr.str()
    assert "katas/01_demo/topic.toml" in errors and message in errors
    assert "Traceback" not in errors


def test_a_topic_file_edited_after_a_run_is_read_again(kata_repo):
    run(kata_repo, "katas/02_other", "--dojo-solutions").assert_outcomes(passed=1)
    write(kata_repo.path, "katas/01_demo/topic.toml", DEMO_TOPIC.replace('text = "Can name things"', 'txt = "x"'))
    result = run(kata_repo, "katas/02_other", "--dojo-solutions")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "checklist[1]: unknown key 'txt'" in result.stderr.str()


# --------------------------------------------------------------------------- hostile learners: no false pass

SWALLOWING_LOOP = """
import time


def add(a, b):
    while True:  # the retry loop written the wrong way: it swallows every exception
        try:
            time.sleep(0.01)
        except:
            pass


def name():
    return "demo"
"""


def test_a_crashed_worker_is_a_failed_test_never_a_pass(kata_repo):
    exits = ARITH_SOLUTION.replace("def add(a, b):", "def add(a, b):\n    import os; os._exit(1)")
    write(kata_repo.path, "solutions/01_demo/arith.py", exits)
    result, report = readiness(kata_repo, "katas/01_demo/test_arith.py", "--dojo-solutions", "-n", "1")
    result.assert_outcomes(passed=1, failed=2)  # both tests of add crash their worker (each time a new one)
    assert (report["totals"]["passed"], report["totals"]["failed"]) == (1, 2)
    assert sorted(_stored_results(kata_repo, "solutions").values()) == ["failed", "failed", "passed"]


def test_an_interrupted_run_saves_nothing_as_passed(kata_repo):
    write(kata_repo.path, "katas/01_demo/test_arith.py", ARITH_TESTS + textwrap.dedent('''

        def test_interrupted_by_a_person():
            import os, signal
            os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C, as a person presses it
        '''))
    result = run(kata_repo, "katas/01_demo/test_arith.py", "--dojo-solutions", own_process=True)
    assert result.ret == pytest.ExitCode.INTERRUPTED
    assert "nothing of it is saved as progress" in result.stdout.str()
    assert _stored_results(kata_repo, "solutions") == {}


def test_a_swallowing_kata_in_a_serial_run_is_failed_and_the_report_printed(kata_repo):
    # Serial: the watchdog ends a test that swallows its bound's exception; the test is failed, the report printed.
    write(kata_repo.path, "katas/01_demo/arith.py", SWALLOWING_LOOP)
    started = time.monotonic()
    result, report = readiness(kata_repo, "katas/01_demo/test_arith.py", "--dojo-target", "katas", *FAST, own_process=True)
    assert time.monotonic() - started < 30
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    output = result.stdout.str()
    assert "catches the exception that stops it" in output and "bare `except:`" in output
    assert "readiness report" in output
    adding = next(item for item in report["checklist"] if item["id"] == "demo.adding")
    assert not adding["done"]


# --------------------------------------------------------------------------- hostile learners: no hang


@pytest.mark.parametrize("mode", MODES)
def test_a_bare_except_loop_fails_its_test_and_never_hangs(kata_repo, mode):
    write(kata_repo.path, "katas/01_demo/arith.py", SWALLOWING_LOOP)
    write(kata_repo.path, "katas/02_other/greet.py", GREET_SOLUTION)
    result = run(kata_repo, "katas", "--dojo-target", "katas", *FAST, *MODES[mode], own_process=True)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    outcomes = result.parseoutcomes()
    assert outcomes.get("failed", 0) >= 1
    assert "catches the exception that stops it" in result.stdout.str() + result.stderr.str()
    if mode == "xdist":
        # Only the worker running it ended: every other test still ran.
        assert outcomes.get("passed", 0) + outcomes.get("failed", 0) == 5
        assert outcomes.get("passed", 0) >= 1


@pytest.mark.parametrize("loop", ["sleeps", "spins", "nested"])
def test_a_bare_except_loop_at_module_level_costs_its_own_tests_only(kata_repo, loop):
    body = {
        "sleeps": "while True:\n    try:\n        time.sleep(0.01)\n    except:\n        pass\n",
        "spins": "while True:\n    try:\n        pass\n    except BaseException:\n        continue\n",
        "nested": "while True:\n    try:\n        try:\n            time.sleep(0.01)\n        except:\n            pass\n"
                  "    except:\n        pass\n    finally:\n        continue\n",
    }[loop]
    write(kata_repo.path, "katas/01_demo/arith.py", "import time\n" + body)
    write(kata_repo.path, "katas/02_other/greet.py", GREET_SOLUTION)
    started = time.monotonic()
    result = run(kata_repo, "katas", "--dojo-target", "katas", *FAST, own_process=True)
    assert time.monotonic() - started < 60, "never a hang (the bounds are 0.5 s; the rest is start-up on a loaded machine)"
    result.assert_outcomes(passed=1, failed=4)  # arith's three and the prediction stub; greet still runs and passes
    output = result.stdout.str()
    assert "importing it did not finish within 0.5 s" in output and "readiness report" in output
    if loop == "sleeps":  # the others may let the first exception through, at the loop's own line
        assert "catches the exception that stops it" in output


def test_ctrl_c_twice_ends_a_run_whose_code_swallows_the_first(kata_repo):
    started_file = kata_repo.path / "started"
    write(kata_repo.path, "katas/01_demo/arith.py", SWALLOWING_LOOP.replace(
        "    while True:", f"    open({str(started_file)!r}, 'w').close()\n    while True:"
    ))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen(
        [sys.executable, "-m", "pytest", "katas/01_demo/test_arith.py", "--dojo-target", "katas", "--dojo-call-limit=60",
         "--dojo-test-limit=60", "-p", "no:cacheprovider"],
        cwd=kata_repo.path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not started_file.exists():
            assert time.monotonic() < deadline and child.poll() is None, "the kata never started"
            time.sleep(0.02)
        child.send_signal(signal.SIGINT)  # swallowed by the bare except
        time.sleep(0.2)
        child.send_signal(signal.SIGINT)
        output, _ = child.communicate(timeout=20)
    finally:
        child.kill()
    assert child.returncode == 130
    assert "Ctrl-C again" in output
    assert "readiness report" not in output, "a run a person ended is not concluded by the supervisor"


# --------------------------------------------------------------------------- one mistake costs one kata


@pytest.mark.parametrize("mode", MODES)
def test_a_renamed_kata_function_fails_only_the_tests_that_use_it(kata_repo, mode):
    write(kata_repo.path, "katas/01_demo/arith.py", ARITH_SOLUTION.replace("def name(", "def renamed("))
    result = run(kata_repo, "katas", "--dojo-target", "katas", *MODES[mode])
    result.assert_outcomes(passed=2, failed=3)  # arith: add passes, name fails; the prediction and greet stubs fail
    output = result.stdout.str()
    assert "katas/01_demo/arith.py has no `name`" in output and "git checkout -- katas/01_demo/arith.py" in output
    assert "readiness report" in output and "error during collection" not in output


@pytest.mark.parametrize("mode", MODES)
def test_a_deleted_kata_module_fails_only_its_tests(kata_repo, mode):
    (kata_repo.path / "katas/01_demo/arith.py").unlink()
    result = run(kata_repo, "katas", "--dojo-target", "katas", *MODES[mode])
    result.assert_outcomes(failed=5)
    output = result.stdout.str()
    assert "katas/01_demo/arith.py is missing" in output and "readiness report" in output


def test_a_stray_folder_under_katas_is_ignored_with_one_line(kata_repo):
    (kata_repo.path / "katas" / "notes").mkdir()
    result = run(kata_repo, "katas", "--dojo-solutions")
    result.assert_outcomes(passed=5)
    assert result.stdout.str().count("ignoring katas/notes") >= 1


def test_a_toml_date_is_one_clear_line_not_an_internal_error(kata_repo):
    write(kata_repo.path, "katas/01_demo/topic.toml", DEMO_TOPIC.replace('title = "Demo"', "title = 2024-01-01"))
    result = run(kata_repo, "katas")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "katas/01_demo/topic.toml: 'title' must be a string" in result.stderr.str()
    assert "INTERNALERROR" not in result.stdout.str() + result.stderr.str()


def test_a_report_file_that_cannot_be_written_is_a_usage_error(kata_repo):
    result = run(kata_repo, "katas", "--dojo-json=/nonexistent/r.json")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "--dojo-json=/nonexistent/r.json: the folder /nonexistent does not exist" in result.stderr.str()


# --------------------------------------------------------------------------- settings, junit, schema


def test_limits_layer_ini_then_environment_then_command_line(kata_repo, monkeypatch):
    write(kata_repo.path, "katas/01_demo/arith.py", "def add(a, b):\n    while True:\n        pass\n\n\ndef name():\n    return 'demo'\n")
    ini = (kata_repo.path / "pytest.ini").read_text(encoding="utf-8") + "dojo_call_limit = 0.3\n"
    (kata_repo.path / "pytest.ini").write_text(ini, encoding="utf-8")
    test = ["katas/01_demo/test_arith.py::test_adds", "--dojo-target", "katas"]
    assert "did not finish within 0.3 s" in run(kata_repo, *test, own_process=True).stdout.str()
    monkeypatch.setenv("DOJO_CALL_LIMIT", "0.4")
    assert "did not finish within 0.4 s" in run(kata_repo, *test, own_process=True).stdout.str()
    assert "did not finish within 0.2 s" in run(kata_repo, *test, "--dojo-call-limit=0.2", own_process=True).stdout.str()
    monkeypatch.setenv("DOJO_CALL_LIMIT", "soon")
    bad = run(kata_repo, *test)  # refused before any kata code runs: no process of its own needed
    assert bad.ret == pytest.ExitCode.USAGE_ERROR
    assert "DOJO_CALL_LIMIT='soon' (environment) must be a number of seconds above 0" in bad.stderr.str()


def test_junit_xml_carries_each_tests_checklist_items(kata_repo):
    xml = kata_repo.path / "junit.xml"
    run(kata_repo, "katas/02_other", "--dojo-solutions", f"--junitxml={xml}")
    assert '<property name="checklist" value="other.greeting"' in xml.read_text(encoding="utf-8")


def test_json_report_has_a_schema_version(kata_repo):
    _, report = readiness(kata_repo, "katas/02_other", "--dojo-solutions")
    assert report["schema"] == 1


# --------------------------------------------------------------------------- issue 23: every run ends by itself


LEAVES_THINGS_RUNNING = '''
import multiprocessing
import subprocess
import sys
import threading
import time

_held = threading.Lock()


def add(a, b):
    _held.acquire(blocking=False)  # a lock taken and never released: the thread below waits for it forever
    threading.Thread(target=_held.acquire, name="kata-waiter").start()
    threading.Thread(target=threading.Event().wait, name="kata-worker").start()
    subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])  # holds the run's stdout
    multiprocessing.get_context("spawn").Process(target=time.sleep, args=(600,), name="kata-child").start()
    return a + b


def name():
    return "demo"
'''


def _run_to_the_end(repo: pytest.Pytester, *args: str) -> subprocess.CompletedProcess[str]:
    """pytest as `dojo verify` and CI run it: output through pipes, read to the end."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run(
        [sys.executable, "-m", "pytest", *args, "-p", "no:cacheprovider"],
        cwd=repo.path, env=env, capture_output=True, text=True, timeout=30,
    )


@pytest.mark.parametrize("mode", MODES)
def test_threads_processes_and_locks_left_by_kata_code_never_keep_the_run_alive(kata_repo, mode):
    kata = LEAVES_THINGS_RUNNING
    if mode == "xdist":  # each worker is a process of its own that must end too (lighter: no multiprocessing child)
        kata = kata.replace("    multiprocessing.get_context", "    # multiprocessing.get_context")
    write(kata_repo.path, "solutions/01_demo/arith.py", kata)
    started = time.monotonic()
    done = _run_to_the_end(kata_repo, "katas/01_demo/test_arith.py", "--dojo-solutions", *MODES[mode])
    assert time.monotonic() - started < 60, "never a hang"
    assert done.returncode == pytest.ExitCode.OK, "the session's own status"
    assert "readiness report" in done.stdout and "3 passed" in done.stdout
    lines = [line for line in done.stderr.splitlines() if line.startswith("dojo: left running")]
    assert len(lines) == 1 if mode == "serial" else lines, "one line per process that had something left"
    for name in ("thread 'kata-waiter'", "thread 'kata-worker'", "process ", "(its status: 0)"):
        assert all(name in line for line in lines)


def test_a_failed_run_that_leaves_a_thread_ends_with_its_own_status(kata_repo):
    write(kata_repo.path, "katas/01_demo/arith.py", "import threading\n\n\ndef add(a, b):\n"
          "    threading.Thread(target=threading.Event().wait).start()\n    return 0\n\n\ndef name():\n    return 'x'\n")
    done = _run_to_the_end(kata_repo, "katas/01_demo/test_arith.py", "--dojo-target", "katas")
    assert done.returncode == pytest.ExitCode.TESTS_FAILED
    assert "readiness report" in done.stdout and "dojo: left running by the kata code" in done.stderr


C_LOOP = """
import itertools


def add(a, b):
    return sum(itertools.repeat(1))  # line 5: a loop in C, it holds the GIL and never checks for signals


def name():
    return "demo"
"""


def test_a_loop_in_c_is_ended_with_its_line_the_report_and_the_progress_of_what_ran(kata_repo):
    write(kata_repo.path, "katas/01_demo/arith.py", C_LOOP)
    calls_name_first = ARITH_TESTS.replace("def test_adds():", "def test_adds():\n    assert name() == 'demo'")
    # A test that runs (and passes) before the stuck one: first in the first kata's file (kata order).
    runs_first = calls_name_first.replace("@pytest.mark.checklist", "def test_runs_first():\n    pass\n\n\n@pytest.mark.checklist", 1)
    write(kata_repo.path, "katas/01_demo/test_arith.py", runs_first)
    report = kata_repo.path / "readiness.json"
    started = time.monotonic()
    done = _run_to_the_end(kata_repo, "katas/01_demo", *FAST, f"--dojo-json={report}")
    assert time.monotonic() - started < 60, "never a hang"
    assert done.returncode == pytest.ExitCode.TESTS_FAILED
    assert 'arith.py", line 5 in add' in done.stderr, "the stack shows the learner's line"
    assert "katas/01_demo/test_arith.py::test_adds was stuck (add(2, 3)) in code that holds the interpreter" in done.stdout
    assert "The tests after it did not run." in done.stdout and "readiness report" in done.stdout
    totals = json.loads(report.read_text(encoding="utf-8"))["totals"]
    assert (totals["passed"], totals["failed"], totals["total"]) == (1, 1, 5), "the stuck test failed, the rest never ran"
    assert _stored_results(kata_repo) == {  # only what ran is saved
        "katas/01_demo/test_arith.py::test_runs_first": "passed",
        "katas/01_demo/test_arith.py::test_adds": "failed",
    }


FAILS_THEN_LOOPS_IN_C_AT_TEARDOWN = """
import pytest
from arith import add, name
from dojo.testing import call_kata


@pytest.fixture
def adds_at_teardown():
    yield
    call_kata(add, 2, 3)  # a loop in C, after the test failed


@pytest.mark.checklist("demo.adding")
def test_adds(adds_at_teardown):
    assert call_kata(name) == "not the name"
"""


def test_a_loop_in_c_after_a_failure_is_still_ended(kata_repo):
    # pytest's faulthandler plugin cancels faulthandler's timer at each failure: the last bound is set again.
    write(kata_repo.path, "katas/01_demo/arith.py", C_LOOP)
    write(kata_repo.path, "katas/01_demo/test_arith.py", FAILS_THEN_LOOPS_IN_C_AT_TEARDOWN)
    done = _run_to_the_end(kata_repo, "katas/01_demo/test_arith.py", *FAST)
    assert done.returncode == pytest.ExitCode.TESTS_FAILED
    assert 'arith.py", line 5 in add' in done.stderr, "the stack shows the learner's line"


def test_the_watchdog_names_the_learners_file_and_line(kata_repo):
    sleeping = "import time\n\n\ndef add(a, b):\n    time.sleep(60)\n\n\ndef name():\n    return 'x'\n"
    write(kata_repo.path, "katas/01_demo/arith.py", sleeping)
    write(kata_repo.path, "katas/01_demo/test_arith.py", ARITH_TESTS.replace("call_kata(add, 2, 3)", "add(2, 3)"))
    done = _run_to_the_end(kata_repo, "katas/01_demo/test_arith.py", "--dojo-target", "katas", "--dojo-test-limit=1",
                           "--timeout=60")
    assert done.returncode == pytest.ExitCode.TESTS_FAILED
    assert "stuck at katas/01_demo/arith.py:5 in add" in done.stdout + done.stderr
    assert "readiness report" in done.stdout


def test_the_bounds_stand_down_while_a_debugger_is_attached(kata_repo):
    # A learner's breakpoint() in a bounded call: past the call limit, past the watchdog's grace and the last
    # bound, the session is still theirs; they continue, and the test passes.
    write(kata_repo.path, "katas/01_demo/arith.py", ARITH_SOLUTION.replace("    return a + b", "    breakpoint()\n    return a + b"))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen(
        [sys.executable, "-m", "pytest", "katas/01_demo/test_arith.py::test_adds", "--dojo-target", "katas",
         "--dojo-call-limit=0.2", "--dojo-grace=0.2", "-p", "no:cacheprovider"],
        cwd=kata_repo.path, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        seen = b""
        deadline = time.monotonic() + 20
        while b"(Pdb)" not in seen:
            assert time.monotonic() < deadline and child.poll() is None, seen.decode(errors="replace")
            seen += os.read(child.stdout.fileno(), 4096)
        time.sleep(1.0)  # longer than the call limit (0.2 s), the watchdog's grace and the last bound (0.6 s)
        assert child.poll() is None, "no bound ended the debugging session"
        output, _ = child.communicate(b"c\n", timeout=20)
    finally:
        child.kill()
    text = (seen + output).decode(errors="replace")
    assert child.returncode == pytest.ExitCode.OK, text
    assert "1 passed" in text


def test_a_katas_patch_of_builtins_costs_only_its_own_tests(kata_repo):
    patching = "import builtins\n\nbuiltins.print = None  # at import\n\n\n" + ARITH_SOLUTION.replace(
        "    return a + b", "    builtins.len = lambda obj: 0  # in a test\n    return a + b")
    write(kata_repo.path, "solutions/01_demo/arith.py", patching)
    write(kata_repo.path, "solutions/01_demo/demo_predictions.py",
          PREDICTIONS_SOLUTION.replace("def secret():", "def secret():\n    assert len('ab') == 2"))
    write(kata_repo.path, "solutions/02_other/greet.py", "def greet(who):\n    print(who)\n    return f'Hello, {who}!'\n")
    result = run(kata_repo, "katas", "--dojo-solutions", "-p", "no:randomly", own_process=True)  # builtins: not ours
    result.assert_outcomes(passed=5)  # the predictions (print, len) and greet (print) never see the patches
    output = result.stdout.str()
    assert "changed builtins.print; dojo undid it after its tests" in output
    assert "katas/01_demo/test_arith.py changed builtins.len" in output


def test_a_print_flood_is_capped_on_the_terminal_with_a_line_saying_how_much_was_cut(kata_repo):
    flooding = ARITH_SOLUTION.replace("    return a + b", "    for i in range(20_000):\n        print('line', i)\n    return 0")
    write(kata_repo.path, "katas/01_demo/arith.py", flooding)
    result = run(kata_repo, "katas/01_demo/test_arith.py::test_adds", "--dojo-target", "katas", "--dojo-call-limit=20")
    result.assert_outcomes(failed=1)
    output = result.stdout.str()
    assert len(result.stdout.lines) < 400
    assert "dojo cut 19,800 lines" in output and "line 19999" in output, "the head, the count cut, the tail"


def test_a_loop_in_c_at_import_is_ended_with_its_module_named_and_the_report(kata_repo):
    write(kata_repo.path, "katas/01_demo/arith.py", "import itertools\n\nTOTAL = sum(itertools.repeat(1))\n")
    started = time.monotonic()
    done = _run_to_the_end(kata_repo, "katas/01_demo", *FAST)
    assert time.monotonic() - started < 60, "never a hang"
    assert done.returncode != pytest.ExitCode.OK
    assert 'arith.py", line 3 in <module>' in done.stderr
    assert "the run was stuck before any kata test started (importing katas/01_demo/arith.py)" in done.stdout
    assert "readiness report" in done.stdout
