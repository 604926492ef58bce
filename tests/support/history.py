"""Four weeks of generated history (deterministic, seeded) in a progress store: for the HTML report's tests,
its screenshot in docs/ and its timing.

    python -m tests.support.history ROOT [PAGE.html]   # ROOT/.dojo/progress.sqlite3 for this checkout's katas (and the page)

A learner works the topics in order, most days one to three saved runs, a weekend off now and
then, a test that passed failing again sometimes; interview rounds on a few topics and a drill
every few days, their review boxes moved as `dojo interview` and `dojo drill` move them. The
tests are the curriculum's own (one result per test function, with its checklist marks); their
outcomes are made up.
"""

from __future__ import annotations

import ast
import random
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from dojo.curriculum import Curriculum, load_curriculum
from dojo.practice import Answer, Round, question_key
from dojo.progress import ProgressStore, progress_path
from dojo.readiness import KataResult, Readiness, assess, snapshot
from tests.support.project import REPO

END = date(2026, 11, 29)  # the last day of the history (a Sunday)
DAYS = 28


def kata_tests(curriculum: Curriculum) -> list[KataResult]:
    """Every kata test function of the curriculum (one result per function), in lesson order, with its checklist marks."""
    tests = []
    for topic in curriculum.topics:
        for kata in topic.katas:
            path = curriculum.root / topic.id / f"test_{kata.module}.py"
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for function in tree.body:
                if isinstance(function, ast.FunctionDef) and function.name.startswith("test_"):
                    marks = tuple(_checklist_marks(function))
                    nodeid = f"katas/{topic.id}/{path.name}::{function.name}"
                    tests.append(KataResult(nodeid, topic.id, kata.module, marks))
    return tests


def _checklist_marks(function: ast.FunctionDef) -> list[str]:
    return [arg.value for decorator in function.decorator_list if isinstance(decorator, ast.Call)
            and isinstance(decorator.func, ast.Attribute) and decorator.func.attr == "checklist"
            for arg in decorator.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]


def fill(root: Path, seed: int = 24, end: date = END, curriculum: Curriculum | None = None) -> Readiness:
    """Write four weeks of history into root's progress store; return the readiness of the last run."""
    curriculum = curriculum or load_curriculum(REPO / "katas")
    rng = random.Random(seed)
    store = ProgressStore(progress_path(root), "katas")
    tests = kata_tests(curriculum)
    solved = 0  # the first `solved` tests (lesson order) pass, but for a few regressions
    readiness = assess(curriculum, [], target="katas", python="3.13.1")
    for offset in range(DAYS):
        day = end - timedelta(days=DAYS - 1 - offset)
        runs = 0 if (day.weekday() == 5 and rng.random() < 0.6) else rng.choice((1, 1, 2, 3))
        for run in range(runs):
            solved = min(len(tests) - 6, solved + rng.randint(8, 40))
            touched = {t.topic for t in tests[: solved + 4]}
            results = []
            for index, test in enumerate(tests):
                if test.topic not in touched:
                    continue
                passed = index < solved and rng.random() > 0.002
                results.append(test.ended("passed" if passed else "failed"))
            readiness = assess(curriculum, results, target="katas", python="3.13.1")
            stamp = f"{day.isoformat()}T{9 + 4 * run:02d}:{rng.randrange(60):02d}:00+00:00"
            store.record(results, summary=replace(snapshot(readiness), recorded=stamp))
        _practice(store, curriculum, rng, day, offset)
    return readiness


def _practice(store: ProgressStore, curriculum: Curriculum, rng: random.Random, day: date, offset: int) -> None:
    skill = 0.35 + 0.55 * offset / DAYS
    if offset % 4 == 1:  # an interview round on one of four topics
        topic = curriculum.topics[7 + (offset // 4) % 4]
        questions = topic.questions[:6]
        answers = [Answer(question_key(topic.id, q.ask), topic.id, _score(rng, skill), rng.uniform(20, 90))
                   for q in questions]
        kind = "solo" if offset % 8 == 1 else "interview"
        store.record_round(Round(kind, topic.id, f"{day}T18:00:00+00:00", len(questions), answers=answers), day)
    if offset % 3 == 2:  # a drill
        answers = [Answer(f"elimination:{q.number}", "elimination", "pass" if rng.random() < skill else "miss",
                          rng.uniform(3, 15)) for q in curriculum.elimination]
        store.record_round(Round("drill", "elimination", f"{day}T19:00:00+00:00", len(answers), answers=answers), day)


def _score(rng: random.Random, skill: float) -> str:
    roll = rng.random()
    if roll < skill:
        return rng.choice(("pass", "pass", "follow_up"))
    return rng.choice(("shaky", "fail"))


def page(root: Path) -> str:
    """The HTML report on the history fill() wrote into root, as of its last day."""
    from dojo.html_report import page_from_store

    curriculum = load_curriculum(REPO / "katas")
    readiness = fill(root, curriculum=curriculum)
    return page_from_store(readiness, ProgressStore(progress_path(root), "katas"), curriculum, END, f"{END} 20:00 UTC")


if __name__ == "__main__":
    # python -m tests.support.history ROOT [PAGE.html]: the store in ROOT/.dojo, and the page when asked for
    text = page(Path(sys.argv[1]))
    if len(sys.argv) > 2:
        Path(sys.argv[2]).write_text(text, encoding="utf-8")
    print(f"history written to {progress_path(Path(sys.argv[1]))}")
