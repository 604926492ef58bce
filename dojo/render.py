"""Views of a readiness: terminal lines, Markdown (for $GITHUB_STEP_SUMMARY) and JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from itertools import groupby

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


def terminal_lines(readiness: Readiness) -> Lines:
    """(text, markup) pairs; markup is TerminalWriter keywords such as {"green": True}."""
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
    verdict = "READY" if readiness.verdict.ready else "NOT READY"
    add(f"Verdict: {verdict}", bold=True, green=readiness.verdict.ready, red=not readiness.verdict.ready)
    for reason in readiness.verdict.reasons:
        add(f"  - {reason}")
    _next_lines(readiness, add)
    return lines


def markdown(readiness: Readiness) -> str:
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
    if readiness.next_kata:
        out += ["", f"Next: open `{readiness.target}/{readiness.next_kata}`"]
    return "\n".join(out) + "\n"


def to_json(readiness: Readiness) -> str:
    return json.dumps({"schema": JSON_SCHEMA, **readiness.to_dict()}, indent=2, sort_keys=True) + "\n"
