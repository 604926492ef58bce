"""Pure: test results + curriculum -> readiness (progress per topic, checklist, elimination questions, verdict).

No pytest, no files: the plugin gathers results, :func:`assess` judges them, ``render`` shows them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal, get_args

from dojo.curriculum import Curriculum, Topic

Outcome = Literal["passed", "failed", "skipped", "not run"]
OUTCOMES: tuple[Outcome, ...] = get_args(Outcome)


class RecordError(ValueError):
    """A stored or transmitted result record does not have the shape of a KataResult."""


@dataclass(frozen=True)
class KataResult:
    """One kata test: what it proves and how it ended. The one record the plugin, the xdist
    reports, the progress store and the readiness judgement all use (``to_record``/``from_record``).
    """

    nodeid: str
    topic: str
    kata: str | None
    checklist: tuple[str, ...]
    outcome: Outcome = "not run"
    recorded: str | None = None  # when it ran, for results carried over from an earlier run

    @property
    def earlier(self) -> bool:
        return self.recorded is not None

    def ended(self, outcome: Outcome) -> KataResult:
        """This test with a new outcome; a failure is never overwritten by a later phase's pass or skip."""
        if self.outcome == "failed" or outcome == self.outcome:
            return self
        return replace(self, outcome=outcome)

    def to_record(self) -> dict[str, Any]:
        """Plain data (JSON, xdist's wire format, a database row)."""
        return {
            "nodeid": self.nodeid,
            "topic": self.topic,
            "kata": self.kata,
            "checklist": list(self.checklist),
            "outcome": self.outcome,
            "recorded": self.recorded,
        }

    @classmethod
    def from_record(cls, record: object) -> KataResult:
        """The inverse of to_record, checking every field; RecordError names the first bad one."""
        if not isinstance(record, dict):
            raise RecordError(f"a result must be a table, not {type(record).__name__}")
        def field_of(name: str, check: Callable[[object], bool], what: str) -> Any:
            value = record.get(name)
            if not check(value):
                raise RecordError(f"result field {name!r} must be {what}, not {value!r}")
            return value
        checklist = field_of(
            "checklist", lambda v: isinstance(v, (list, tuple)) and all(isinstance(i, str) for i in v), "a list of strings"
        )
        return cls(
            nodeid=field_of("nodeid", lambda v: isinstance(v, str) and bool(v), "a test id"),
            topic=field_of("topic", lambda v: isinstance(v, str) and bool(v), "a topic folder name"),
            kata=field_of("kata", lambda v: v is None or isinstance(v, str), "a module name or null"),
            checklist=tuple(checklist),
            outcome=field_of("outcome", lambda v: v in OUTCOMES, f"one of {', '.join(OUTCOMES)}"),
            recorded=field_of("recorded", lambda v: v is None or isinstance(v, str), "a time stamp or null"),
        )


@dataclass
class TopicProgress:
    id: str
    title: str
    has_katas: bool
    passed: int = 0
    failed: int = 0
    total: int = 0
    source: str = "not run"  # "this run", "earlier run", "this and earlier runs", "not run"


@dataclass
class ChecklistProgress:
    id: str
    text: str
    topic: str
    tests: list[str] = field(default_factory=list)
    passed: int = 0
    total: int = 0
    done: bool = False
    earlier: bool = False  # some of its results come from an earlier run
    next_kata: str | None = None  # "08_scope/closures.py": where to work next for this item


@dataclass
class EliminationProgress:
    number: int
    question: str
    checklist: list[str]
    done: bool


@dataclass
class Verdict:
    ready: bool
    reasons: list[str]


@dataclass
class Readiness:
    target: str
    python: str
    totals: dict[str, int]
    topics: list[TopicProgress]
    checklist: list[ChecklistProgress]
    elimination: list[EliminationProgress]
    verdict: Verdict
    next_kata: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _source(results: list[KataResult]) -> str:
    if not results:
        return "not run"
    earlier = {r.earlier for r in results}
    if earlier == {True}:
        return "earlier run"
    return "this run" if earlier == {False} else "this and earlier runs"


def _kata_path(topic: str, kata: str | None) -> str | None:
    return f"{topic}/{kata}.py" if kata else None


def _kata_order(curriculum: Curriculum, result: KataResult) -> tuple[int, int]:
    """Sort key: a result's topic number, then its kata's place in that topic's lesson order."""
    topic = curriculum.topic(result.topic)
    modules = [kata.module for kata in topic.katas] if topic else []
    place = modules.index(result.kata) if result.kata in modules else len(modules)
    return (topic.number if topic else 0, place)


def _first_unfinished_kata(topic: Topic, results: list[KataResult]) -> str | None:
    """The first kata of the topic, in curriculum order, with a test not yet passing or not yet run."""
    ran = {result.kata for result in results}
    failing = {result.kata for result in results if result.outcome != "passed"}
    for kata in topic.katas:
        if kata.module not in ran or kata.module in failing:
            return _kata_path(topic.id, kata.module)
    return None


def _verdict(curriculum: Curriculum, checklist: list[ChecklistProgress], elimination: list[EliminationProgress]) -> Verdict:
    failed = [q.number for q in elimination if not q.done]
    done = sum(item.done for item in checklist)
    share = done / len(checklist) if checklist else 0.0
    enough_questions = len(failed) <= curriculum.max_failed_elimination
    enough_items = share >= curriculum.min_checklist_done
    limit = curriculum.max_failed_elimination + 1
    reasons = []
    if failed:
        reasons.append(
            f"{len(failed)} of {len(elimination)} elimination questions not yet proven "
            f"({', '.join(map(str, failed))}); {limit} or more means not ready"
        )
    else:
        reasons.append(f"all {len(elimination)} elimination questions proven")
    reasons.append(
        f"{done} of {len(checklist)} checklist items done ({share:.0%}); "
        f"ready needs {curriculum.min_checklist_done:.0%}"
    )
    without_katas = [t.id for t in curriculum.topics if not t.has_katas and t.checklist]
    if without_katas:
        count = sum(len(t.checklist) for t in curriculum.topics if t.id in without_katas)
        reasons.append(f"{count} checklist items belong to topics without katas yet ({', '.join(without_katas)})")
    return Verdict(ready=enough_questions and enough_items, reasons=reasons)


def assess(curriculum: Curriculum, results: list[KataResult], *, target: str, python: str) -> Readiness:
    """Judge results against the curriculum. Results for one nodeid must appear once."""
    results = sorted(results, key=lambda r: r.nodeid)
    by_topic: dict[str, list[KataResult]] = defaultdict(list)
    by_item: dict[str, list[KataResult]] = defaultdict(list)
    for result in results:
        by_topic[result.topic].append(result)
        for item_id in result.checklist:
            by_item[item_id].append(result)

    topics = []
    for topic in curriculum.topics:
        mine = by_topic.get(topic.id, [])
        topics.append(
            TopicProgress(
                id=topic.id,
                title=topic.title,
                has_katas=topic.has_katas,
                passed=sum(r.outcome == "passed" for r in mine),
                failed=sum(r.outcome == "failed" for r in mine),
                total=len(mine),
                source=_source(mine),
            )
        )

    checklist = []
    for topic in curriculum.topics:
        for item in topic.checklist:
            mine = by_item.get(item.id, [])
            passed = sum(r.outcome == "passed" for r in mine)
            # Where to work next for this item: its failing kata that comes first in the lesson order.
            failing = min((r for r in mine if r.outcome != "passed"), key=lambda r: _kata_order(curriculum, r), default=None)
            done = bool(mine) and passed == len(mine)
            if done:
                next_kata = None
            elif failing:
                next_kata = _kata_path(failing.topic, failing.kata)
            else:
                next_kata = _first_unfinished_kata(topic, by_topic.get(topic.id, []))
            checklist.append(
                ChecklistProgress(
                    id=item.id,
                    text=item.text,
                    topic=topic.id,
                    tests=[r.nodeid for r in mine],
                    passed=passed,
                    total=len(mine),
                    done=done,
                    earlier=any(r.earlier for r in mine),
                    next_kata=next_kata,
                )
            )

    done_ids = {item.id for item in checklist if item.done}
    elimination = [
        EliminationProgress(q.number, q.question, list(q.checklist), all(i in done_ids for i in q.checklist))
        for q in curriculum.elimination
    ]
    totals = {
        "passed": sum(r.outcome == "passed" for r in results),
        "failed": sum(r.outcome == "failed" for r in results),
        "skipped": sum(r.outcome == "skipped" for r in results),
        "total": len(results),
        "this_run": sum(not r.earlier for r in results),
    }
    # Next: the first unfinished kata of the topics this run worked on, else of the whole curriculum.
    ran_now = {r.topic for r in results if not r.earlier}
    in_order = [t for t in curriculum.topics if t.has_katas]
    candidates = [t for t in in_order if t.id in ran_now] + [t for t in in_order if t.id not in ran_now]
    next_kata = next((p for p in (_first_unfinished_kata(t, by_topic.get(t.id, [])) for t in candidates) if p), None)
    return Readiness(
        target=target,
        python=python,
        totals=totals,
        topics=topics,
        checklist=checklist,
        elimination=elimination,
        verdict=_verdict(curriculum, checklist, elimination),
        next_kata=next_kata,
    )


@dataclass(frozen=True)
class Snapshot:
    """One saved run's readiness in a few numbers: a row of the progress store's history."""

    recorded: str  # ISO time stamp (UTC) of the run's save; "" until the store sets it
    target: str
    topics: dict[str, tuple[int, int]]  # topic id -> (tests passed, tests known), this run and earlier ones
    checklist_done: int
    checklist_total: int
    elimination: tuple[int, ...]  # the numbers of the elimination questions proven
    elimination_total: int
    ready: bool

    @property
    def checklist_share(self) -> float:
        return self.checklist_done / self.checklist_total if self.checklist_total else 0.0


def snapshot(readiness: Readiness, recorded: str = "") -> Snapshot:
    """The numbers of a readiness that its history keeps."""
    return Snapshot(
        recorded=recorded,
        target=readiness.target,
        topics={t.id: (t.passed, t.total) for t in readiness.topics if t.has_katas},
        checklist_done=sum(item.done for item in readiness.checklist),
        checklist_total=len(readiness.checklist),
        elimination=tuple(q.number for q in readiness.elimination if q.done),
        elimination_total=len(readiness.elimination),
        ready=readiness.verdict.ready,
    )


def readiness_from_dict(data: object) -> Readiness:
    """The inverse of Readiness.to_dict (the JSON report, with or without its "schema" key); RecordError when it is not one."""
    try:
        if not isinstance(data, dict):
            raise TypeError(f"a table, not {type(data).__name__}")
        return Readiness(
            target=str(data["target"]),
            python=str(data["python"]),
            totals={str(k): int(v) for k, v in data["totals"].items()},
            topics=[TopicProgress(**topic) for topic in data["topics"]],
            checklist=[ChecklistProgress(**item) for item in data["checklist"]],
            elimination=[EliminationProgress(**question) for question in data["elimination"]],
            verdict=Verdict(ready=bool(data["verdict"]["ready"]), reasons=[str(r) for r in data["verdict"]["reasons"]]),
            next_kata=None if data.get("next_kata") is None else str(data["next_kata"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise RecordError(f"not a readiness report: {error!r}") from None
