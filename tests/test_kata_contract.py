"""The kata contract for every topic with katas, through dojo.dev.contract (what `dojo dev check` runs).

Each topic's contract runs once per suite, in three parts (stubs, solutions, recorded
misconceptions and alternatives), so no test waits for the whole curriculum. The contract's
own decisions are tested below on results made up for the purpose, and end to end on a small
kata repository that has each hole the contract once had.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dojo import results as records
from dojo.dev import contract
from tests.support.demo import DEMO_FILES, demo_with_project_settings
from tests.support.project import CURRICULUM, REPO, TOPICS_WITH_KATAS

# A part of a topic runs its kata tests in child interpreters: more than the 10 s a kata test gets.
pytestmark = pytest.mark.timeout(600)


@pytest.fixture(scope="session")
def checker(tmp_path_factory: pytest.TempPathFactory) -> contract.Contract:
    # The cache of `dojo dev check`: a part whose topic, dojo/, Python and test runners are unchanged since it
    # passed is not run again (its verdict depends on nothing else). DOJO_CONTRACT_CACHE names another
    # folder, or "off" to run every part.
    cache = os.environ.get("DOJO_CONTRACT_CACHE") or str(REPO / ".dojo" / "contract")
    return contract.Contract(REPO, tmp_path_factory.mktemp("contract"), None if cache == "off" else Path(cache), CURRICULUM)


def _chosen_parts() -> list[tuple[str, str]]:
    """Every part of every topic, or those DOJO_CONTRACT_PARTS names (e.g. "stubs,solutions"; "records" names all of them)."""
    every = [(topic, part) for topic in TOPICS_WITH_KATAS for part in contract.parts_of(REPO, topic)]
    named = [name.strip() for name in os.environ.get("DOJO_CONTRACT_PARTS", "").split(",") if name.strip()]
    unknown = set(named) - {*contract.ORDERS_OF_PART, "records"}
    if unknown:
        raise ValueError(f"DOJO_CONTRACT_PARTS: no part named {', '.join(sorted(unknown))}; "
                         f"the parts are {', '.join([*contract.ORDERS_OF_PART, 'records'])}")
    return [(topic, part) for topic, part in every
            if not named or part in named or (part.startswith("records-") and "records" in named)]


@pytest.mark.parametrize(("topic", "part"), _chosen_parts())
def test_topic_keeps_the_kata_contract(topic, part, checker, record_property):
    report = checker.check(topic, (part,))
    record_property("contract", "cached" if report.cached else "run")  # counted in the summary (tests/conftest.py)
    assert not report.problems, f"{len(report.problems)} problems:\n" + "\n".join(report.problems)


def test_quizzes_have_no_tell():
    questions = contract.quiz_questions(REPO, CURRICULUM)
    assert len(questions) >= 60, contract.quiz_figures(questions)
    problems = contract.quiz_problems(questions)
    assert not problems, contract.quiz_figures(questions) + "\n" + "\n".join(problems)


# --------------------------------------------------------------------------- the contract's own decisions


def _row(outcome: str, *mro: str, checklist: tuple[str, ...] = ("demo.adding",)) -> records.Row:
    return records.Row("katas/01_demo/test_arith.py::test_adds", "01_demo", "arith", checklist, outcome,
                       "call" if mro else None, mro[0] if mro else None, mro, "message")


def _misconception(tmp_path: Path, checklist: str = "demo.adding") -> Path:
    path = tmp_path / "tests" / "misconceptions" / "01_demo" / "arith__typo.py"
    path.parent.mkdir(parents=True)
    path.write_text(f'"""Misconception: a typo.\n\nchecklist: {checklist}\n"""\n', encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("rows", "rejected"),
    [
        ([_row("failed", "AssertionError", "Exception")], True),
        ([_row("failed", "KataFailure", "AssertionError", "Exception")], True),
        ([_row("failed", "NotImplementedError", "RuntimeError")], True),
        # A misspelled name fails the tests through the KataUnavailable stand-in: not a rejection.
        ([_row("failed", "KataUnavailable", "AssertionError", "Exception")], False),
        # The wrong code may fail by raising itself; never by a name that is missing.
        ([_row("failed", "TypeError", "Exception")], True),
        ([_row("failed", "NameError", "Exception")], False),
        ([_row("failed", "ModuleNotFoundError", "ImportError", "Exception")], False),
        ([_row("failed")], False),  # a crashed process: no exception to judge
        ([_row("passed")], False),
        # A right-reason failure of a test of another checklist item does not count.
        ([_row("failed", "AssertionError", checklist=("demo.naming",))], False),
    ],
)
def test_a_misconception_counts_as_rejected_only_by_a_right_reason(tmp_path, rows, rejected):
    checker = contract.Contract(REPO, tmp_path, curriculum=CURRICULUM)
    checker.repo = tmp_path
    problems = checker._misconception_problems(_misconception(tmp_path), records.Results(tuple(rows)), [])
    assert (not problems) is rejected, problems


def test_a_rejection_only_by_a_missing_name_says_so(tmp_path):
    checker = contract.Contract(REPO, tmp_path, curriculum=CURRICULUM)
    checker.repo = tmp_path
    rows = (_row("failed", "KataUnavailable", "AssertionError"),)
    [problem] = checker._misconception_problems(_misconception(tmp_path), records.Results(rows), [])
    assert "wrong reason" in problem and "missing name" in problem


def test_an_override_is_applied_over_the_solution():
    solution = '"""Kata."""\n\nfrom __future__ import annotations\n\ndef add(a, b):\n    return a + b\n\ndef name():\n    return "x"\n'
    override = '"""Misconception: subtracts."""\nfrom __future__ import annotations\n\ndef add(a, b):\n    return a - b\n'
    namespace: dict = {}
    exec(compile(contract.compose(solution, override), "composed", "exec"), namespace)
    assert namespace["add"](3, 1) == 2 and namespace["name"]() == "x"


def test_the_quiz_rules_catch_a_tell_by_length_and_by_letter():
    def question(right: str, longest: bool) -> contract.QuizQuestion:
        choices = {letter: "a medium choice" for letter in "abcd"}
        choices[right] = "the right choice, much longer than the rest" if longest else "short"
        return contract.QuizQuestion("q.py:1", choices, right)

    balanced = [question(letter, longest=index % 4 == 0) for index, letter in enumerate("abcd" * 5)]
    assert contract.quiz_problems(balanced) == []
    by_length = [question(letter, longest=True) for letter in "abcd" * 5]
    assert any("strictly the longest in 20 of 20" in p for p in contract.quiz_problems(by_length))
    by_letter = [question("b", longest=False) for _ in range(20)]
    assert any("'b' is the right letter in 20 of 20" in p for p in contract.quiz_problems(by_letter))


# --------------------------------------------------------------------------- end to end, on a small repository

ORDER_DEPENDENT_TESTS = '''
import pytest
from arith import add, name

CALLS = []


@pytest.mark.checklist("demo.adding")
def test_adds():
    CALLS.append(1)
    assert add(1, 2) == 3


@pytest.mark.checklist("demo.naming")
def test_names():
    # Passes on the stub once another test of this file ran first: it must fail alone too.
    assert CALLS or name() == "demo"
'''

TYPO = '''"""Misconception: the right sum, under a misspelled name.

checklist: demo.adding
"""


def name():
    return "demo"


def ad(a, b):
    return a + b


del add
'''

ALTERNATIVE = '''"""Alternative: sum() of the two."""


def add(a, b):
    return sum((a, b))
'''


@pytest.fixture
def small_repo(tmp_path: Path) -> Path:
    demo_with_project_settings(tmp_path)
    (tmp_path / "katas" / "01_demo" / "test_arith.py").write_text(ORDER_DEPENDENT_TESTS, encoding="utf-8")
    records_dir = tmp_path / "tests" / "misconceptions" / "01_demo"
    records_dir.mkdir(parents=True)
    (records_dir / "arith__misspelled.py").write_text(TYPO, encoding="utf-8")
    (tmp_path / "tests" / "alternatives" / "01_demo").mkdir(parents=True)
    (tmp_path / "tests" / "alternatives" / "01_demo" / "arith__sum.py").write_text(ALTERNATIVE, encoding="utf-8")
    return tmp_path


def test_the_contract_finds_an_order_dependent_stub_test_and_a_rejection_by_a_missing_name(small_repo, tmp_path_factory):
    checker = contract.Contract(small_repo, tmp_path_factory.mktemp("scratch"))
    report = checker.check("01_demo")
    problems = "\n".join(report.problems)
    # test_names passes on the stub after test_adds ran; alone (and in shuffled orders) it fails.
    assert "test_arith.py::test_names: passes on the untouched stub" in problems
    assert "arith__misspelled.py: rejected only for a wrong reason (KataUnavailable" in problems
    assert "arith__sum.py" not in problems  # the alternative passes
    assert "records 1 misconceptions" in problems  # fewer than the minimum
    assert not report.cached


def test_an_unchanged_topic_that_passed_comes_from_the_cache(small_repo, tmp_path_factory):
    (small_repo / "katas" / "01_demo" / "test_arith.py").write_text(DEMO_FILES["katas/01_demo/test_arith.py"], encoding="utf-8")
    cache = tmp_path_factory.mktemp("cache")
    first = contract.Contract(small_repo, tmp_path_factory.mktemp("s1"), cache).check("01_demo", ("solutions",))
    assert first.ok and not first.cached, first.problems
    again = contract.Contract(small_repo, tmp_path_factory.mktemp("s2"), cache).check("01_demo", ("solutions",))
    assert again.cached and again.ok
    refreshing = contract.Contract(small_repo, tmp_path_factory.mktemp("s2r"), cache, refresh=True)  # dojo dev check --no-cache
    assert not refreshing.check("01_demo", ("solutions",)).cached, "a cached verdict is proven again"
    (cache / "01_demo.solutions.json").unlink()
    assert refreshing.check("01_demo", ("solutions",)).ok
    assert contract.Contract(small_repo, tmp_path_factory.mktemp("s2c"), cache).check("01_demo", ("solutions",)).cached, (
        "the fresh verdict is kept")
    (small_repo / "solutions" / "01_demo" / "arith.py").write_text("def add(a, b):\n    return a - b\n\n\ndef name():\n    return 'demo'\n")
    changed = contract.Contract(small_repo, tmp_path_factory.mktemp("s3"), cache).check("01_demo", ("solutions",))
    assert not changed.cached and not changed.ok


def test_an_answer_katas_solution_that_changes_a_puzzle_is_named(small_repo, tmp_path_factory):
    solution = small_repo / "solutions" / "01_demo" / "demo_predictions.py"
    solution.write_text(solution.read_text(encoding="utf-8").replace('["hidden", "truth"]', '["hidden", "truth", "too"]'),
                        encoding="utf-8")
    report = contract.Contract(small_repo, tmp_path_factory.mktemp("scratch")).check("01_demo", ("stubs", "solutions"))
    named = [problem for problem in report.problems if "beyond the answers" in problem]
    assert [problem.split(":")[0] for problem in named] == ["solutions/01_demo/demo_predictions.py"], report.problems
