"""The dojo plugin, driven through pytester in a small kata repository of its own, serial and under -n 2."""

from __future__ import annotations

import json
import textwrap
import time

import pytest

pytestmark = pytest.mark.timeout(120)

MODES = {"serial": [], "xdist": ["-n", "2"]}

CURRICULUM = """
[verdict]
max_failed_elimination = 0
min_checklist_done = 0.8

[[elimination]]
number = 1
question = "Can you add?"
must = "Must add"
checklist = ["demo.adding"]

[[elimination]]
number = 2
question = "Can you greet?"
must = "Must greet"
checklist = ["other.greeting"]
"""

DEMO_TOPIC = """
title = "Demo"

[[checklist]]
id = "demo.adding"
text = "Can add two numbers"

[[checklist]]
id = "demo.naming"
text = "Can name things"

[[kata]]
module = "arith"
title = "Adding"
kind = "implement"
hints = ["first hint: think of +", "second hint: a + b", "third hint: return a + b"]

[[kata]]
module = "demo_predictions"
title = "Predict"
kind = "predict"
hints = ["run it in your head"]
"""

OTHER_TOPIC = """
title = "Other"

[[checklist]]
id = "other.greeting"
text = "Can greet"

[[kata]]
module = "greet"
title = "Greeting"
kind = "implement"
hints = ["say hello"]
"""

ARITH_STUB = '''
def add(a, b):
    raise NotImplementedError("add: return the sum")


def name():
    raise NotImplementedError("name: return a name")
'''

ARITH_SOLUTION = '''
def add(a, b):
    return a + b


def name():
    return "demo"
'''

ARITH_TESTS = '''
import pytest
from arith import add, name
from dojo.testing import call_kata


@pytest.mark.checklist("demo.adding")
def test_adds():
    assert call_kata(add, 2, 3) == 5


@pytest.mark.checklist("demo.adding")
def test_adds_negatives():
    assert call_kata(add, -2, -3) == -5


@pytest.mark.checklist("demo.naming")
def test_names():
    assert call_kata(name) == "demo"
'''

PREDICTIONS_STUB = '''
from dojo import predict


@predict(...)
def secret():
    print("-".join(["hidden", "truth"]))  # the output appears nowhere in the source
'''

PREDICTIONS_WRONG = PREDICTIONS_STUB.replace("@predict(...)", '@predict("hidden truth")')
PREDICTIONS_SOLUTION = PREDICTIONS_STUB.replace("@predict(...)", '@predict("hidden-truth")')

PREDICTIONS_TESTS = '''
import pytest
import demo_predictions as puzzles
from dojo.testing import check_prediction


@pytest.mark.checklist("demo.naming")
def test_secret():
    check_prediction(puzzles.secret)
'''

GREET_STUB = '''
def greet(who):
    raise NotImplementedError("greet: say hello")
'''

GREET_SOLUTION = '''
def greet(who):
    return f"Hello, {who}!"
'''

GREET_TESTS = '''
import pytest
from greet import greet
from dojo.testing import call_kata


@pytest.mark.checklist("other.greeting")
def test_greets():
    assert call_kata(greet, "Ada") == "Hello, Ada!"
'''


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch):
    # The outer run's plugin exports its own target; the scratch repositories must choose theirs.
    for name in ("DOJO_TARGET", "DOJO_REVEAL", "GITHUB_STEP_SUMMARY", "PYTEST_ADDOPTS"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def kata_repo(pytester: pytest.Pytester) -> pytest.Pytester:
    """A two-topic kata repository: stubs in katas/, solutions in solutions/."""
    files = {
        "conftest.py": 'pytest_plugins = ["dojo.plugin"]\n',
        "pytest.ini": (
            "[pytest]\naddopts = --import-mode=importlib -p no:cacheprovider\ntimeout = 20\n"
            "asyncio_default_fixture_loop_scope = function\n"
        ),
        "katas/curriculum.toml": CURRICULUM,
        "katas/01_demo/topic.toml": DEMO_TOPIC,
        "katas/01_demo/arith.py": ARITH_STUB,
        "katas/01_demo/test_arith.py": ARITH_TESTS,
        "katas/01_demo/demo_predictions.py": PREDICTIONS_STUB,
        "katas/01_demo/test_demo_predictions.py": PREDICTIONS_TESTS,
        "katas/02_other/topic.toml": OTHER_TOPIC,
        "katas/02_other/greet.py": GREET_STUB,
        "katas/02_other/test_greet.py": GREET_TESTS,
        "solutions/01_demo/arith.py": ARITH_SOLUTION,
        "solutions/01_demo/demo_predictions.py": PREDICTIONS_SOLUTION,
        "solutions/02_other/greet.py": GREET_SOLUTION,
    }
    for path, text in files.items():
        write(pytester, path, text)
    return pytester


def write(pytester: pytest.Pytester, path: str, text: str) -> None:
    file = pytester.path / path
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest_subprocess(*args, timeout=120)


def readiness(pytester: pytest.Pytester, *args: str) -> tuple[pytest.RunResult, dict]:
    path = pytester.path / f"readiness-{time.monotonic_ns()}.json"
    result = run(pytester, *args, f"--readiness-json={path}")
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
    result, report = readiness(kata_repo, "katas", "--solutions", *MODES[mode])
    result.assert_outcomes(passed=5)
    assert report["target"] == "solutions"
    assert all(item["done"] for item in report["checklist"])
    assert report["verdict"]["ready"] is True
    assert "Verdict: READY" in result.stdout.str()


def test_json_is_the_same_serial_and_under_xdist(kata_repo):
    write(kata_repo, "katas/01_demo/arith.py", ARITH_SOLUTION.replace("return a + b", "return a + b if a > 0 else 0"))
    _, serial = readiness(kata_repo, "katas", "--target", "katas")
    _, parallel = readiness(kata_repo, "katas", "--target", "katas", "-n", "2")
    assert serial["totals"]["passed"] == 2  # test_adds and test_names pass, the rest fail
    assert serial == parallel  # the JSON holds no timings, so all of it must agree


def test_markdown_report_appends_to_the_github_step_summary(kata_repo, monkeypatch):
    summary = kata_repo.path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run(kata_repo, "katas", "--solutions", f"--readiness-md={summary}")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n")
    assert "# Readiness report" in text and "**Verdict: READY**" in text
    assert "| ✅ | 1 | Can you add? |" in text


def test_no_report_when_no_kata_test_ran(kata_repo):
    write(kata_repo, "other_tests/test_plain.py", "def test_plain():\n    assert True\n")
    result = run(kata_repo, "other_tests")
    result.assert_outcomes(passed=1)
    assert "readiness report" not in result.stdout.str()


# --------------------------------------------------------------------------- checklist markers


@pytest.mark.parametrize("mode", MODES)
def test_unknown_checklist_id_fails_only_that_test(kata_repo, mode):
    write(
        kata_repo,
        "katas/02_other/test_greet.py",
        GREET_TESTS + '\n\n@pytest.mark.checklist("other.typo")\ndef test_typo():\n    assert True\n',
    )
    result = run(kata_repo, "katas/02_other", "--solutions", *MODES[mode])
    result.assert_outcomes(passed=1, failed=1)
    output = result.stdout.str()
    assert "unknown checklist id 'other.typo'" in output
    assert "other.greeting" in output  # the message lists the ids that exist
    assert "INTERNALERROR" not in output + result.stderr.str()


# --------------------------------------------------------------------------- learner code that misbehaves


@pytest.mark.parametrize("mode", MODES)
def test_syntax_error_fails_only_that_modules_tests(kata_repo, mode):
    write(kata_repo, "katas/01_demo/arith.py", "def add(a, b)\n    return a + b\n")
    write(kata_repo, "katas/02_other/greet.py", GREET_SOLUTION)
    result, report = readiness(kata_repo, "katas", "--target", "katas", *MODES[mode])
    result.assert_outcomes(passed=1, failed=4)
    output = result.stdout.str()
    assert "arith.py could not be imported" in output and "SyntaxError" in output
    assert "readiness report" in output
    assert report["totals"]["total"] == 5


@pytest.mark.parametrize("mode", MODES)
def test_kata_that_hangs_at_import_fails_only_its_tests(kata_repo, mode, monkeypatch):
    write(kata_repo, "katas/01_demo/arith.py", "while True:\n    pass\n")
    write(kata_repo, "katas/02_other/greet.py", GREET_SOLUTION)
    result = run(kata_repo, "katas", "--target", "katas", *MODES[mode])
    result.assert_outcomes(passed=1, failed=4)
    assert "importing it did not finish within 5 s" in result.stdout.str()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("escape", ["KeyboardInterrupt", "SystemExit(3)", "GeneratorExit"])
def test_learner_escape_is_a_failed_test_not_an_aborted_session(kata_repo, mode, escape):
    write(kata_repo, "katas/01_demo/arith.py", f"def add(a, b):\n    raise {escape}\n\n\ndef name():\n    raise {escape}\n")
    write(
        kata_repo,
        "katas/01_demo/test_arith.py",
        ARITH_TESTS.replace("assert call_kata(name) == \"demo\"", "assert name() == \"demo\"  # called directly"),
    )
    write(kata_repo, "katas/02_other/greet.py", GREET_SOLUTION)
    result = run(kata_repo, "katas", "--target", "katas", *MODES[mode])
    result.assert_outcomes(passed=1, failed=4)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    output = result.stdout.str()
    assert f"raised {escape.split('(')[0]}" in output or "the code under test raised KeyboardInterrupt" in output
    assert "readiness report" in output


@pytest.mark.parametrize("mode", MODES)
def test_hanging_kata_is_stopped_by_its_own_bound(kata_repo, mode):
    write(kata_repo, "katas/01_demo/arith.py", "def add(a, b):\n    while True:\n        pass\n\n\ndef name():\n    return 'demo'\n")
    write(kata_repo, "katas/01_demo/test_arith.py", ARITH_TESTS.replace("call_kata(add, 2, 3)", "call_kata(add, 2, 3, time_limit=0.5)"))
    started = time.monotonic()
    result = run(kata_repo, "katas/01_demo/test_arith.py", "--target", "katas", *MODES[mode])
    result.assert_outcomes(passed=1, failed=2)
    assert "did not finish within 0.5 s" in result.stdout.str()
    assert time.monotonic() - started < 15  # two bounded hangs (0.5 s and the 2 s default), not the 20 s backstop


def test_hang_outside_call_kata_is_stopped_by_pytest_timeout(kata_repo):
    write(kata_repo, "katas/01_demo/arith.py", "def add(a, b):\n    while True:\n        pass\n\n\ndef name():\n    return 'demo'\n")
    write(kata_repo, "katas/01_demo/test_arith.py", ARITH_TESTS.replace("call_kata(add, 2, 3)", "add(2, 3)"))
    result = run(kata_repo, "katas/01_demo/test_arith.py", "--target", "katas", "--timeout=1")
    result.assert_outcomes(passed=1, failed=2)
    assert "Timeout" in result.stdout.str()


# --------------------------------------------------------------------------- targets


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("start_method", ["spawn", "forkserver"])
def test_multiprocessing_children_import_the_chosen_target(kata_repo, mode, start_method):
    where = "import os\n\n\ndef location():\n    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))\n"
    write(kata_repo, "katas/02_other/greet.py", GREET_STUB + "\n\n" + where)
    write(kata_repo, "solutions/02_other/greet.py", GREET_SOLUTION + "\n\n" + where)
    write(
        kata_repo,
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
    result = run(kata_repo, "katas/02_other/test_where.py", "--solutions", *MODES[mode])
    result.assert_outcomes(passed=1)


def test_environment_variable_chooses_the_target(kata_repo, monkeypatch):
    monkeypatch.setenv("DOJO_TARGET", "solutions")
    result = run(kata_repo, "katas")
    result.assert_outcomes(passed=5)
    assert "dojo: target solutions" in result.stdout.str()


def test_solutions_and_target_together_is_a_usage_error(kata_repo):
    result = run(kata_repo, "katas", "--solutions", "--target", "katas")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "either --solutions or --target" in result.stderr.str()


def test_missing_target_folder_is_a_usage_error(kata_repo):
    result = run(kata_repo, "katas", "--target", "nowhere")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "the target folder nowhere does not exist" in result.stderr.str()


# --------------------------------------------------------------------------- predictions


@pytest.mark.parametrize("mode", MODES)
def test_wrong_prediction_never_shows_the_answer_without_reveal(kata_repo, mode):
    write(kata_repo, "katas/01_demo/demo_predictions.py", PREDICTIONS_WRONG)
    hidden = run(kata_repo, "katas/01_demo/test_demo_predictions.py", "--target", "katas", *MODES[mode])
    hidden.assert_outcomes(failed=1)
    assert "'hidden truth'" in hidden.stdout.str() and "hidden-truth" not in hidden.stdout.str()
    shown = run(kata_repo, "katas/01_demo/test_demo_predictions.py", "--target", "katas", "--reveal", *MODES[mode])
    shown.assert_outcomes(failed=1)
    assert "Python gives:   'hidden-truth'" in shown.stdout.str()


# --------------------------------------------------------------------------- progress and hints


def test_progress_of_an_earlier_run_fills_the_report(kata_repo):
    run(kata_repo, "katas/01_demo", "--solutions")
    result, report = readiness(kata_repo, "katas/02_other", "--solutions")
    result.assert_outcomes(passed=1)
    demo = next(t for t in report["topics"] if t["id"] == "01_demo")
    assert (demo["passed"], demo["total"], demo["source"]) == (4, 4, "earlier run")
    adding = next(item for item in report["checklist"] if item["id"] == "demo.adding")
    assert adding["done"] and adding["earlier"]
    assert report["totals"]["this_run"] == 1
    assert "(earlier run)" in result.stdout.str()


def test_progress_is_written_once_by_the_xdist_controller(kata_repo):
    run(kata_repo, "katas", "-n", "2")
    folder = kata_repo.path / ".dojo"
    assert sorted(p.name for p in folder.iterdir()) == ["curriculum.json", "progress.json"], (
        "no temporary or worker files are left"
    )
    data = json.loads((folder / "progress.json").read_text(encoding="utf-8"))
    assert len(data["targets"]["katas"]["tests"]) == 5


def test_explicit_target_is_not_saved_as_progress(kata_repo):
    run(kata_repo, "katas", "--target", "solutions")
    assert not (kata_repo.path / ".dojo" / "progress.json").exists()


def test_unreadable_progress_is_set_aside_not_lost(kata_repo):
    folder = kata_repo.path / ".dojo"
    folder.mkdir()
    (folder / "progress.json").write_text("{ torn", encoding="utf-8")
    result = run(kata_repo, "katas/02_other", "--solutions")
    result.assert_outcomes(passed=1)
    assert (folder / "progress.json.unreadable").read_text(encoding="utf-8") == "{ torn"
    assert json.loads((folder / "progress.json").read_text(encoding="utf-8"))["version"] == 1


def test_hints_unlock_as_a_kata_keeps_failing(kata_repo):
    first = run(kata_repo, "katas/01_demo/test_arith.py")
    assert "hint 1 of 3 for 01_demo/arith.py" in first.stdout.str()
    assert "first hint: think of +" in first.stdout.str()
    for _ in range(2):
        run(kata_repo, "katas/01_demo/test_arith.py")
    fourth = run(kata_repo, "katas/01_demo/test_arith.py")
    assert "hint 2 of 3 for 01_demo/arith.py" in fourth.stdout.str()
    assert "second hint: a + b" in fourth.stdout.str()


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
    write(kata_repo, "katas/01_demo/topic.toml", broken)
    result = run(kata_repo, "katas")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    errors = result.stderr.str()
    assert "katas/01_demo/topic.toml" in errors and message in errors
    assert "Traceback" not in errors


def test_a_topic_file_edited_after_a_run_is_read_again(kata_repo):
    run(kata_repo, "katas/02_other", "--solutions").assert_outcomes(passed=1)  # fills the parse cache
    write(kata_repo, "katas/01_demo/topic.toml", DEMO_TOPIC.replace('text = "Can name things"', 'txt = "x"'))
    result = run(kata_repo, "katas/02_other", "--solutions")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "checklist[1]: unknown key 'txt'" in result.stderr.str()
