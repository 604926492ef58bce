"""Views of a readiness: terminal lines, Markdown (for $GITHUB_STEP_SUMMARY) and JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from itertools import groupby

from dojo.practice import Practice
from dojo.readiness import Readiness, TopicProgress

BAR_WIDTH = 12
JSON_SCHEMA = 1  # bump when a key of the JSON report changes meaning or goes


def _bar(passed: int, total: int) -> str:
    filled = round(BAR_WIDTH * passed / total) if total else 0
    return "#" * filled + "." * (BAR_WIDTH - filled)


def _topic_name(topic_id: str) -> str:
    number, _, name = topic_id.partition("_")
    return f"{number} {name.replace('_', ' ')}"


def _topic_status(topic: TopicProgress) -> str:
    if not topic.has_katas:
        return "no katas yet"
    if not topic.total:
        return "not started"
    return f"{topic.passed:>3}/{topic.total:<3} passed  [{_bar(topic.passed, topic.total)}]  {topic.source}"


Lines = list[tuple[str, dict[str, bool]]]


def _next_lines(readiness: Readiness, add: Callable[..., None]) -> None:
    if readiness.next_kata:
        topic, _, module = readiness.next_kata.partition("/")
        add(f"Next: open {readiness.target}/{readiness.next_kata}, then run: pytest katas/{topic}/test_{module}", bold=True)


def short_terminal_lines(readiness: Readiness, topics: set[str]) -> Lines:
    """The report after a run of one topic: that topic, its checklist items, the verdict line, what next."""
    lines: Lines = []

    def add(text: str = "", **markup: bool) -> None:
        lines.append((text, markup))

    for topic in readiness.topics:
        if topic.id not in topics:
            continue
        complete = topic.has_katas and topic.total and topic.passed == topic.total
        add(f"{_topic_name(topic.id):<28}{_topic_status(topic)}", bold=True, green=bool(complete))
        for item in readiness.checklist:
            if item.topic == topic.id:
                add(f"  [{'x' if item.done else ' '}] {item.text}", green=item.done)
        if complete:
            add(f"  Topic {_topic_name(topic.id)} complete: every kata passes. Well done.", green=True, bold=True)
    done_items = sum(item.done for item in readiness.checklist)
    proven = sum(q.done for q in readiness.elimination)
    verdict = "READY" if readiness.verdict.ready else "NOT READY"
    add(
        f"Verdict: {verdict}  ({done_items} of {len(readiness.checklist)} checklist items, "
        f"{proven} of {len(readiness.elimination)} elimination questions; the whole report: --dojo-report=full)",
        bold=True, green=readiness.verdict.ready, red=not readiness.verdict.ready,
    )
    _next_lines(readiness, add)
    return lines


def _percent(share: float) -> str:
    return f"{share:.0%}"


def practice_lines(practice: Practice) -> list[str]:
    """The practice rounds, one line per topic, the last drill and what review has due."""
    lines = ["Practice rounds (self-scored: they never change the verdict)"]
    if not practice.topics and practice.drill is None and not practice.review.in_review:
        return [*lines, "  none yet: dojo interview 08_scope (two people), --solo (alone), dojo drill"]
    for topic in practice.topics:
        rounds = f"{topic.rounds} round{'s' if topic.rounds != 1 else ''}"
        lines.append(f"  {_topic_name(topic.topic):<26}last {_percent(topic.last_score):>4}  "
                     f"best {_percent(topic.best_score):>4}  {rounds}  ({topic.last_kind}, {topic.last_date})")
    if practice.drill:
        drill = practice.drill
        drills = f"{drill.rounds} drill{'s' if drill.rounds != 1 else ''}"
        lines.append(f"  {'elimination drill':<26}last {drill.last_right}/{drill.questions}  best {drill.best_right}/{drill.questions}  "
                     f"{drills}  ({drill.last_date})")
        for missed in drill.missed:
            lines.append(f"    missed in the last drill: {missed['number']:>2}. {missed['question']}")
    review = practice.review
    if review.due:
        lines.append(f"  review: {review.due} question{'s' if review.due != 1 else ''} due today (dojo review)")
    elif review.in_review:
        lines.append(f"  review: nothing due today; {review.in_review} in review, next on {review.next_due}")
    return lines


def terminal_lines(readiness: Readiness, practice: Practice | None = None) -> Lines:
    """(text, markup) pairs; markup is TerminalWriter keywords such as {"green": True}.

    practice: the practice rounds, shown before the verdict when given (they never change it)."""
    lines: Lines = []

    def add(text: str = "", **markup: bool) -> None:
        lines.append((text, markup))

    add(f"target: {readiness.target}    Python {readiness.python}")
    add()
    add("Progress per topic", bold=True)
    for topic in readiness.topics:
        done = topic.has_katas and topic.total and topic.passed == topic.total
        add(f"  {_topic_name(topic.id):<26}{_topic_status(topic)}", green=bool(done))
    add()
    done_items = sum(item.done for item in readiness.checklist)
    add(f"Readiness checklist: {done_items} of {len(readiness.checklist)} done", bold=True)
    with_katas = {t.id for t in readiness.topics if t.has_katas}
    for topic_id, group in groupby(readiness.checklist, key=lambda item: item.topic):
        items = list(group)
        if topic_id not in with_katas:
            add(f"  [ ] {_topic_name(topic_id)}: {len(items)} item{'s' if len(items) != 1 else ''}, no katas yet")
            continue
        for item in items:
            mark = "x" if item.done else " "
            where = ""
            if not item.done and item.next_kata:
                where = f"  -> {readiness.target}/{item.next_kata}"
            earlier = "  (earlier run)" if item.earlier else ""
            add(f"  [{mark}] {item.text}{where}{earlier}", green=item.done)
    add()
    proven = sum(q.done for q in readiness.elimination)
    add(f"Elimination questions: {proven} of {len(readiness.elimination)} proven", bold=True)
    for question in readiness.elimination:
        mark = "x" if question.done else " "
        add(f"  [{mark}] {question.number:>2}. {question.question}", green=question.done)
    add()
    if practice is not None:
        heading, *rest = practice_lines(practice)
        add(heading, bold=True)
        for line in rest:
            add(line)
        add()
    verdict = "READY" if readiness.verdict.ready else "NOT READY"
    add(f"Verdict: {verdict}", bold=True, green=readiness.verdict.ready, red=not readiness.verdict.ready)
    for reason in readiness.verdict.reasons:
        add(f"  - {reason}")
    _next_lines(readiness, add)
    return lines


def _practice_markdown(practice: Practice) -> list[str]:
    out = ["", "## Practice rounds", "", "Self-scored: they never change the verdict.", ""]
    if practice.topics:
        out += ["| topic | last score | best score | rounds | last round |", "|---|---:|---:|---:|---|"]
        for topic in practice.topics:
            out.append(f"| {_topic_name(topic.topic)} | {_percent(topic.last_score)} | {_percent(topic.best_score)} | "
                       f"{topic.rounds} | {topic.last_kind}, {topic.last_date} |")
    else:
        out.append("No interview rounds yet.")
    if practice.drill:
        drill = practice.drill
        out += ["", f"Elimination drill: last {drill.last_right}/{drill.questions}, best {drill.best_right}/{drill.questions}, "
                    f"{drill.rounds} drills ({drill.last_date})."]
        if drill.missed:
            out += ["", "Missed in the last drill:", ""]
            out += [f"- {m['number']}. {str(m['question']).replace('|', chr(92) + '|')}" for m in drill.missed]
    out += ["", f"Review: {practice.review.due} due today, {practice.review.in_review} in review."]
    return out


def markdown(readiness: Readiness, practice: Practice | None = None) -> str:
    verdict = "READY" if readiness.verdict.ready else "NOT READY"
    out = [
        "# Readiness report",
        "",
        f"**Verdict: {verdict}** (target `{readiness.target}`, Python {readiness.python})",
        "",
        *[f"- {reason}" for reason in readiness.verdict.reasons],
        "",
        "## Progress per topic",
        "",
        "| topic | passed | total | status |",
        "|---|---:|---:|---|",
    ]
    for topic in readiness.topics:
        status = topic.source if topic.has_katas else "no katas yet"
        out.append(f"| {_topic_name(topic.id)} | {topic.passed} | {topic.total} | {status} |")
    out += ["", "## Readiness checklist", "", "| done | item | topic | tests passed |", "|---|---|---|---:|"]
    for item in readiness.checklist:
        mark = "✅" if item.done else "⬜"
        out.append(f"| {mark} | {item.text} | {_topic_name(item.topic)} | {item.passed}/{item.total} |")
    out += ["", "## Elimination questions", "", "| done | # | question |", "|---|---:|---|"]
    for question in readiness.elimination:
        mark = "✅" if question.done else "⬜"
        text = question.question.replace("|", r"\|")
        out.append(f"| {mark} | {question.number} | {text} |")
    if practice is not None:
        out += _practice_markdown(practice)
    if readiness.next_kata:
        out += ["", f"Next: open `{readiness.target}/{readiness.next_kata}`"]
    return "\n".join(out) + "\n"


def to_json(readiness: Readiness, practice: Practice | None = None) -> str:
    """The report as JSON; with practice, one more key "practice" (the other keys are unchanged)."""
    data = {"schema": JSON_SCHEMA, **readiness.to_dict()}
    if practice is not None:
        data["practice"] = asdict(practice)
    return json.dumps(data, indent=2, sort_keys=True) + "\n"
