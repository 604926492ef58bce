"""Four weeks of generated history (deterministic, seeded) in a progress store: for the HTML report's tests,
its screenshot in docs/ and its timing.

    python -m tests.history_demo ROOT   # writes ROOT/.dojo/progress.sqlite3 for the katas of this checkout

A learner works the topics in order, most days one to three saved runs, a weekend off now and
then, a test that passed failing again sometimes; interview rounds on a few topics and a drill
every few days, their review boxes moved as `dojo interview` and `dojo drill` move them. The
results are made up (four tests per kata, each proving its topic's checklist items in turn), the
curriculum is the real one.
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from dojo.curriculum import Curriculum, load_curriculum
from dojo.practice import Answer, Round, question_key
from dojo.progress import ProgressStore, progress_path
from dojo.readiness import KataResult, Readiness, assess, snapshot

REPO = Path(__file__).resolve().parent.parent
END = date(2026, 11, 29)  # the last day of the history (a Sunday)
DAYS = 28
TESTS_PER_KATA = 4


def kata_tests(curriculum: Curriculum) -> list[KataResult]:
    """Made-up tests for every kata, in lesson order, each proving one of its topic's checklist items."""
    tests = []
    for topic in curriculum.topics:
        items = [item.id for item in topic.checklist]
        for k, kata in enumerate(topic.katas):
            for i in range(TESTS_PER_KATA):
                checklist = (items[(k + i // 2) % len(items)],) if items else ()
                tests.append(KataResult(f"katas/{topic.id}/test_{kata.module}.py::test_{i}", topic.id, kata.module, checklist))
    return tests


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
            solved = min(len(tests) - 6, solved + rng.randint(6, 24))
            touched = {t.topic for t in tests[: solved + 4]}
            results = []
            for index, test in enumerate(tests):
                if test.topic not in touched:
                    continue
                passed = index < solved and rng.random() > 0.004
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


if __name__ == "__main__":
    final = fill(Path(sys.argv[1]))
    print(f"history written: verdict {'READY' if final.verdict.ready else 'NOT READY'}")
