"""The verdict rules of readiness.assess, on a small curriculum: pure functions, no pytest runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dojo import render
from dojo.curriculum import ChecklistItem, Curriculum, EliminationQuestion, Kata, Topic
from dojo.readiness import KataResult, RecordError, assess, readiness_from_dict, snapshot

ITEMS = [f"demo.item{n}" for n in range(5)]


def _curriculum() -> Curriculum:
    topic = Topic(
        id="01_demo",
        number=1,
        title="Demo",
        checklist=tuple(ChecklistItem(item, f"Item {item}", "01_demo") for item in ITEMS),
        katas=(Kata("first", "First", "implement", ("h",), "01_demo"), Kata("second", "Second", "fix", ("h",), "01_demo")),
        questions=(),
    )
    empty = Topic(id="02_later", number=2, title="Later", checklist=(), katas=(), questions=())
    questions = tuple(EliminationQuestion(n + 1, f"Q{n + 1}?", "must", (item,)) for n, item in enumerate(ITEMS))
    return Curriculum(Path("katas"), (topic, empty), questions, max_failed_elimination=2, min_checklist_done=0.8)


def _results(passing: set[str]) -> list[KataResult]:
    return [
        KataResult(f"katas/01_demo/test_first.py::test_{item}", "01_demo", "first", (item,), "passed" if item in passing else "failed")
        for item in ITEMS
    ]


@pytest.mark.parametrize(
    ("passing", "ready"),
    [
        (set(ITEMS), True),
        (set(ITEMS[:4]), True),  # 1 question failed, 80% of items done
        (set(ITEMS[:3]), False),  # 2 failed questions are allowed, but only 60% of items are done
        (set(), False),
    ],
)
def test_verdict_follows_the_thresholds(passing, ready):
    readiness = assess(_curriculum(), _results(passing), target="katas", python="3.x")
    assert readiness.verdict.ready is ready
    assert sum(not q.done for q in readiness.elimination) == len(ITEMS) - len(passing)


def test_three_failed_elimination_questions_mean_not_ready_even_with_enough_items():
    curriculum = _curriculum()
    curriculum = Curriculum(curriculum.root, curriculum.topics, curriculum.elimination, 2, 0.4)
    readiness = assess(curriculum, _results(set(ITEMS[:2])), target="katas", python="3.x")
    assert readiness.verdict.ready is False
    assert "3 of 5 elimination questions not yet proven (3, 4, 5); 3 or more means not ready" in readiness.verdict.reasons


def test_an_item_is_done_only_when_every_one_of_its_tests_passes():
    results = _results(set(ITEMS))
    results.append(KataResult("katas/01_demo/test_second.py::test_more", "01_demo", "second", (ITEMS[0],), "failed"))
    readiness = assess(_curriculum(), results, target="katas", python="3.x")
    first = readiness.checklist[0]
    assert (first.passed, first.total, first.done) == (1, 2, False)
    assert first.next_kata == "01_demo/second.py"


def test_items_without_tests_are_not_done_and_point_at_the_first_unfinished_kata():
    readiness = assess(_curriculum(), [], target="katas", python="3.x")
    assert not any(item.done for item in readiness.checklist)
    assert readiness.checklist[0].next_kata == "01_demo/first.py"
    assert readiness.next_kata == "01_demo/first.py"
    assert [t.source for t in readiness.topics] == ["not run", "not run"]


def test_earlier_results_are_marked_as_such():
    earlier = [
        KataResult(r.nodeid, r.topic, r.kata, r.checklist, r.outcome, recorded="2026-01-01T00:00:00+00:00")
        for r in _results(set(ITEMS))
    ]
    readiness = assess(_curriculum(), earlier, target="katas", python="3.x")
    assert readiness.topics[0].source == "earlier run"
    assert all(item.earlier for item in readiness.checklist)
    assert readiness.totals["this_run"] == 0


def test_next_kata_follows_the_lesson_order_and_prefers_the_topics_just_run():
    curriculum = _curriculum()
    results = [
        KataResult("katas/01_demo/test_second.py::test_a", "01_demo", "second", (ITEMS[0],), "failed"),
        KataResult("katas/01_demo/test_first.py::test_b", "01_demo", "first", (ITEMS[0],), "failed"),
    ]
    readiness = assess(curriculum, results, target="katas", python="3.x")
    assert readiness.checklist[0].next_kata == "01_demo/first.py", "first.py comes before second.py in topic.toml"
    assert readiness.next_kata == "01_demo/first.py"


def test_a_readiness_comes_back_whole_from_its_json_report_and_its_snapshot_counts_it():
    readiness = assess(_curriculum(), _results(set(ITEMS[:3])), target="katas", python="3.x")
    assert readiness_from_dict(json.loads(render.to_json(readiness))) == readiness
    with pytest.raises(RecordError, match="not a readiness report"):
        readiness_from_dict({"target": "katas", "topics": []})
    summary = snapshot(readiness, "2026-11-02T09:00:00+00:00")
    assert (summary.checklist_done, summary.checklist_total, summary.elimination, summary.ready) == (
        sum(item.done for item in readiness.checklist), len(readiness.checklist),
        tuple(q.number for q in readiness.elimination if q.done), False)
    assert summary.topics == {t.id: (t.passed, t.total) for t in readiness.topics if t.has_katas}
