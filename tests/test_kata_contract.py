"""The kata contract, for every topic that has katas.

Each kata test fails on its stub for the right reason (an assertion or NotImplementedError,
never ImportError, NameError or SyntaxError), passes on the reference solution, and each
recorded misconception is rejected by at least one test of the checklist item it names
(``checklist: none`` in its docstring, for a failure mode no checklist item covers: by any
test of its kata module). A misconception replaces the whole kata module, except for
prediction and quiz katas, where a wrong belief is a wrong answer: there the file holds
only the wrong answers, appended to the reference solution.
"""

from __future__ import annotations

import ast
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CURRICULUM, REPO, TOPICS_WITH_KATAS, ProbeRun, run_kata_batch, run_katas

# Its fixtures run the whole curriculum in child pytest runs: more than the 10 s a kata test gets.
pytestmark = pytest.mark.timeout(600)

# An untouched stub may fail only like this: an assertion (dojo's KataFailure is one),
# NotImplementedError, or pytest's own Failed (pytest.fail, pytest-timeout)...
RIGHT_REASONS = {"AssertionError", "NotImplementedError", "Failed"}
# ...but never because its kata module or a name in it is unavailable (an import failure
# arrives as an AssertionError subclass, so that only the tests using it fail).
WRONG_REASONS = {"KataUnavailable"}
ANSWER_KINDS = ("predict", "quiz")  # katas whose learners write answers rather than code
MIN_MISCONCEPTIONS_PER_TOPIC = 6


def stub_failure_is_for_the_right_reason(result: dict) -> bool:
    """A probe result of a stub test: failed on its own assertion or NotImplementedError."""
    mro = set(result["exception_mro"])
    return bool(RIGHT_REASONS & mro) and not WRONG_REASONS & mro


def _misconceptions() -> list[Path]:
    return sorted((REPO / "tests" / "misconceptions").glob("*/*.py"))


def _misconception_checklist(path: Path) -> str | None:
    docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    match = re.search(r"^checklist:\s*(\S+)\s*$", docstring, re.MULTILINE)
    return match.group(1) if match else None


@pytest.mark.parametrize("topic", TOPICS_WITH_KATAS)
def test_every_stub_test_fails_for_the_right_reason(topic, stub_run):
    assert not stub_run.collection_errors, f"collection errors on the stubs: {stub_run.collection_errors}"
    results = stub_run.in_topic(topic)
    assert results, f"no kata tests ran for {topic}"
    # A test skipped on this Python (a feature it lacks) is neither a pass nor a failure.
    passing = [nodeid for nodeid, r in results.items() if r["outcome"] == "passed"]
    assert not passing, f"these tests do not fail on the untouched stubs: {passing}"
    wrong = {
        nodeid: f"{r['exception']}: {r['message'][:200]}"
        for nodeid, r in results.items()
        if r["outcome"] == "failed" and not stub_failure_is_for_the_right_reason(r)
    }
    assert not wrong, f"these stub failures are not an assertion or NotImplementedError: {wrong}"


@pytest.mark.parametrize("topic", TOPICS_WITH_KATAS)
def test_every_solution_passes(topic, solution_run):
    assert not solution_run.collection_errors, f"collection errors on the solutions: {solution_run.collection_errors}"
    results = solution_run.in_topic(topic)
    assert results, f"no kata tests ran for {topic}"
    failing = {nodeid: r["message"][:300] for nodeid, r in results.items() if r["outcome"] == "failed"}
    assert not failing, f"these tests fail on the reference solutions: {failing}"


@pytest.mark.parametrize("topic", TOPICS_WITH_KATAS)
def test_every_kata_test_names_known_checklist_items(topic, stub_run):
    known = {item.id for item in CURRICULUM.checklist}
    unknown = {n: r["checklist"] for n, r in stub_run.in_topic(topic).items() if not set(r["checklist"]) <= known}
    assert not unknown, f"tests naming unknown checklist ids: {unknown}"


@pytest.mark.parametrize("topic", TOPICS_WITH_KATAS)
def test_every_checklist_item_is_proven_by_a_test(topic, stub_run):
    proven = {item for r in stub_run.in_topic(topic).values() for item in r["checklist"]}
    unproven = [item.id for item in CURRICULUM.topic(topic).checklist if item.id not in proven]
    assert not unproven, f"checklist items of {topic} that no test proves: {unproven}"


@pytest.mark.parametrize("topic", TOPICS_WITH_KATAS)
def test_every_kata_has_its_files(topic):
    kata_dir, solution_dir = REPO / "katas" / topic, REPO / "solutions" / topic
    listed = {kata.module for kata in CURRICULUM.topic(topic).katas}
    on_disk = {p.stem for p in kata_dir.glob("*.py") if not p.stem.startswith("test_")}
    assert listed == on_disk, f"topic.toml lists {sorted(listed)}, {kata_dir} holds {sorted(on_disk)}"
    for module in listed:
        assert (kata_dir / f"test_{module}.py").is_file(), f"{module} has no test_{module}.py"
        assert (solution_dir / f"{module}.py").is_file(), f"{module} has no reference solution"
    tests = {p.stem[len("test_"):] for p in kata_dir.glob("test_*.py")}
    assert tests <= listed, f"test files without a kata in topic.toml: {sorted(tests - listed)}"


@pytest.mark.parametrize("topic", TOPICS_WITH_KATAS)
def test_every_topic_records_its_misconceptions(topic):
    recorded = [p for p in _misconceptions() if p.parent.name == topic]
    assert len(recorded) >= MIN_MISCONCEPTIONS_PER_TOPIC, (
        f"{topic} records {len(recorded)} misconceptions under tests/misconceptions/{topic}/, "
        f"at least {MIN_MISCONCEPTIONS_PER_TOPIC} are needed"
    )


def _misconceived_module(misconception: Path, topic: str, module: str) -> str:
    """The module to test in place of the solution: the file itself, or for an answer kata, solution + wrong answers."""
    wrong = misconception.read_text(encoding="utf-8")
    if CURRICULUM.kata(module).kind not in ANSWER_KINDS:
        return wrong
    return (REPO / "solutions" / topic / f"{module}.py").read_text(encoding="utf-8") + "\n\n" + wrong


@pytest.fixture(scope="session")
def misconception_runs(tmp_path_factory) -> Callable[[str], dict[Path, ProbeRun]]:
    """topic -> {misconception: its run}: every misconception of a topic in one batch, made on first use."""
    cache: dict[str, dict[Path, ProbeRun]] = {}

    def runs_of(topic: str) -> dict[Path, ProbeRun]:
        if topic not in cache:
            folder = tmp_path_factory.mktemp(f"misconceptions-{topic}")
            mine = [p for p in _misconceptions() if p.parent.name == topic]
            jobs = []
            for index, misconception in enumerate(mine):
                module = misconception.stem.partition("__")[0]
                target = folder / f"target-{index}"
                shutil.copytree(REPO / "solutions" / topic, target / topic)
                if CURRICULUM.kata(module) is not None:
                    replaced = _misconceived_module(misconception, topic, module)
                    (target / topic / f"{module}.py").write_text(replaced, encoding="utf-8")
                jobs.append(([f"katas/{topic}/test_{module}.py"], target))
            cache[topic] = dict(zip(mine, run_kata_batch(jobs, folder), strict=True))
        return cache[topic]

    return runs_of


@pytest.mark.parametrize(
    "misconception", _misconceptions(), ids=[f"{p.parent.name}/{p.stem}" for p in _misconceptions()]
)
def test_misconception_is_rejected(misconception, misconception_runs):
    topic = misconception.parent.name
    module, _, trap = misconception.stem.partition("__")
    assert trap, f"{misconception.name}: name misconceptions <module>__<trap>.py"
    assert CURRICULUM.kata(module) is not None, f"{misconception.name}: no kata module '{module}'"
    checklist_id = _misconception_checklist(misconception)
    assert checklist_id, f"{misconception.name}: its docstring needs a line 'checklist: <id>' (or 'checklist: none')"
    any_test = checklist_id == "none"
    assert any_test or CURRICULUM.checklist_item(checklist_id), f"{misconception.name}: unknown checklist id {checklist_id}"

    run = misconception_runs(topic)[misconception]
    assert run.tests, f"no tests ran for {module}:\n{run.output[-2000:]}"
    candidates = {n: r for n, r in run.tests.items() if any_test or checklist_id in r["checklist"]}
    rejecting = [n for n, r in candidates.items() if r["outcome"] == "failed"]
    skipped = [n for n, r in candidates.items() if r["outcome"] == "skipped"]
    if not rejecting and skipped:
        pytest.skip(f"the tests that could reject it are skipped on this Python: {', '.join(skipped)}")
    assert rejecting, f"no test of checklist item {checklist_id} rejects the misconception in {misconception.name}"


class _ForgetAnswers(ast.NodeTransformer):
    """Blank out what a learner writes in predict and quiz katas: @predict's first argument, *_ANSWER values."""

    def visit_Call(self, node: ast.Call) -> ast.Call:
        if getattr(node.func, "id", None) == "predict" and node.args:
            node.args[0] = ast.Constant(...)
        return self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> ast.Assign:
        if any(isinstance(t, ast.Name) and t.id.endswith("_ANSWER") for t in node.targets):
            node.value = ast.Constant(...)
        return self.generic_visit(node)


def _puzzles_without_answers(path: Path) -> str:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    if ast.get_docstring(tree):
        tree.body = tree.body[1:]
    return ast.dump(_ForgetAnswers().visit(tree))


_ANSWERED_KATAS = [
    (topic.id, kata.module) for topic in CURRICULUM.topics for kata in topic.katas if kata.kind in ANSWER_KINDS
]


@pytest.mark.parametrize(("topic", "module"), _ANSWERED_KATAS, ids=[f"{t}/{m}" for t, m in _ANSWERED_KATAS])
def test_solutions_answer_the_learners_puzzles(topic, module):
    """A prediction or quiz solution must hold the very puzzles and choices of the kata, only answered."""
    kata = _puzzles_without_answers(REPO / "katas" / topic / f"{module}.py")
    solution = _puzzles_without_answers(REPO / "solutions" / topic / f"{module}.py")
    assert solution == kata, f"solutions/{topic}/{module}.py differs from the kata beyond the answers"


def test_a_stub_that_fails_to_import_fails_for_a_wrong_reason(tmp_path):
    """The contract must see a kata module with a syntax error: that is not the stub failing on its own."""
    target = tmp_path / "target"
    shutil.copytree(REPO / "katas", target, ignore=shutil.ignore_patterns("test_*", "*.md", "*.toml"))
    closures = target / "08_scope" / "closures.py"
    closures.write_text(closures.read_text(encoding="utf-8") + "\n\ndef broken(:\n", encoding="utf-8")
    run = run_katas(["katas/08_scope/test_closures.py"], target, tmp_path)
    results = run.in_topic("08_scope")
    assert results, run.output[-2000:]
    assert all(r["outcome"] == "failed" for r in results.values())
    assert not any(stub_failure_is_for_the_right_reason(r) for r in results.values())
