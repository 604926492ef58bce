"""Pure: the readiness report as one self-contained HTML page (``dojo report --html``, ``--dojo-html``).

Data in (a readiness, the store's history, the practice rounds and review boxes), a string out:
inline CSS and inline SVG (:mod:`dojo.svg`), no script, nothing fetched (a Content-Security-Policy
forbids it), light and dark mode, printable. Every chart has its numbers as text in a table.
Everything that comes from files (topic titles, checklist items, questions, test ids) is escaped.
:func:`page_from_store` is the one function that reads (the progress store); the rest is pure.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape
from itertools import groupby
from typing import TYPE_CHECKING

from dojo import svg
from dojo.practice import PASSING, Practice, ReviewState, StoredRound
from dojo.readiness import Readiness, Snapshot

if TYPE_CHECKING:
    from dojo.curriculum import Curriculum
    from dojo.progress import ProgressStore

REVIEW_DAYS = 14  # the reviews-due chart: today (with what is overdue) and the 13 days after
GRID_DAYS = 56  # the topics' heat map: its last eight weeks (the page stays small after months of practice)


@dataclass
class ReportData:
    readiness: Readiness
    history: Sequence[Snapshot] = ()
    practice: Practice | None = None  # the summary the other reports show; None: unreadable or not asked
    rounds: Sequence[StoredRound] = ()
    review: Sequence[ReviewState] = ()
    today: date = field(default_factory=date.today)
    generated: str = ""  # when the page was made, shown in its header
    notes: list[str] = field(default_factory=list)  # what could not be read, shown at the end


# --------------------------------------------------------------------------- the charts' data (pure)


def _day(stamp: str) -> date:
    return date.fromisoformat(stamp[:10])


def daily(history: Sequence[Snapshot]) -> list[tuple[date, Snapshot]]:
    """The last saved run of each day (UTC), oldest first."""
    last: dict[date, Snapshot] = {}
    for row in sorted(history, key=lambda s: s.recorded):
        last[_day(row.recorded)] = row
    return sorted(last.items())


def readiness_points(history: Sequence[Snapshot]) -> tuple[list[tuple[date, float]], list[tuple[date, float]]]:
    """Per day: the checklist done (percent) and the elimination questions proven (count), at the day's last run."""
    days = daily(history)
    checklist = [(day, round(100 * row.checklist_share, 1)) for day, row in days]
    elimination = [(day, float(len(row.elimination))) for day, row in days]
    return checklist, elimination


def topic_grid(
    history: Sequence[Snapshot], topics: Sequence[str], days_shown: int = GRID_DAYS
) -> tuple[list[date], list[tuple[str, list[float | None]]]]:
    """Every calendar day from the first saved run to the last (the last days_shown of them); per topic its share
    of tests passed that day. A day without a run keeps the day before's state; None: no test of the topic known yet."""
    days = daily(history)
    if not days:
        return [], [(topic, []) for topic in topics]
    first, last = days[0][0], days[-1][0]
    columns = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    by_day = dict(days)
    rows: dict[str, list[float | None]] = {topic: [] for topic in topics}
    state: Snapshot | None = None
    for day in columns:
        state = by_day.get(day, state)
        for topic in topics:
            passed, total = state.topics.get(topic, (0, 0)) if state else (0, 0)
            rows[topic].append(round(passed / total, 3) if total else None)
    return columns[-days_shown:], [(topic, values[-days_shown:]) for topic, values in rows.items()]


def interview_points(rounds: Sequence[StoredRound]) -> dict[str, list[tuple[date, float]]]:
    """Per topic, each interview or solo round's score (percent), oldest first."""
    out: dict[str, list[tuple[date, float]]] = defaultdict(list)
    for one in rounds:
        if one.kind in ("interview", "solo") and one.answers:
            out[one.topic].append((_day(one.started), round(100 * one.score, 1)))
    return dict(sorted(out.items()))


def drill_points(rounds: Sequence[StoredRound]) -> list[tuple[date, float, int, int]]:
    """Each drill: (day, accuracy in percent, right, questions), oldest first."""
    out = []
    for one in rounds:
        if one.kind == "drill" and one.answers:
            right = sum(a.score in PASSING for a in one.answers)
            asked = max(one.questions, len(one.answers))
            out.append((_day(one.started), round(100 * right / asked, 1), right, asked))
    return out


def reviews_due(states: Sequence[ReviewState], today: date, days: int = REVIEW_DAYS) -> list[tuple[date, int]]:
    """Questions due per day from today on; what is overdue counts for today."""
    counts = [0] * days
    for state in states:
        offset = max((state.due - today).days, 0)
        if offset < days:
            counts[offset] += 1
    return [(today + timedelta(days=n), count) for n, count in enumerate(counts)]


# --------------------------------------------------------------------------- the page


def _topic_name(topic_id: str) -> str:
    number, _, name = topic_id.partition("_")
    return f"{number} {name.replace('_', ' ')}"


def _kata_of(nodeid: str) -> str | None:
    """katas/08_scope/test_closures.py::test_x -> 08_scope/closures.py"""
    parts = nodeid.split("::", 1)[0].split("/")
    if len(parts) >= 2 and parts[-1].startswith("test_"):
        return f"{parts[-2]}/{parts[-1][len('test_'):]}"
    return None


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _few(names: list[str], shown: int = 3) -> str:
    """The first names, and how many more."""
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return ", ".join(names[:shown]) + more


def _table(caption: str, head: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    out = [f"<details class=\"numbers\"><summary>{escape(caption)}</summary><table><thead><tr>"]
    out += [f"<th scope=\"col\">{escape(h)}</th>" for h in head]
    out.append("</tr></thead><tbody>")
    for row in rows:
        cells = [f"<th scope=\"row\">{escape(str(row[0]))}</th>", *(f"<td>{escape(str(c))}</td>" for c in row[1:])]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></details>")
    return "".join(out)


def _figure(chart: str, caption: str, table: str) -> str:
    return f"<figure>{chart}<figcaption>{escape(caption)}</figcaption>{table}</figure>"


def _empty(text: str) -> str:
    return f'<p class="empty">{escape(text)}</p>'


def _header(data: ReportData) -> str:
    r = data.readiness
    ready = r.verdict.ready
    reasons = "".join(f"<li>{escape(reason)}</li>" for reason in r.verdict.reasons)
    done = sum(item.done for item in r.checklist)
    proven = sum(q.done for q in r.elimination)
    if r.next_kata:
        topic, _, module = r.next_kata.partition("/")
        command = f"pytest katas/{topic}/test_{module}"
        next_kata = (f'<p class="next">Next kata to open: <code>{escape(r.target)}/{escape(r.next_kata)}</code>, '
                     f'then run <code>{escape(command)}</code></p>')
    else:
        next_kata = '<p class="next">Every kata passes.</p>'
    generated = f" · made {escape(data.generated)}" if data.generated else ""
    return (
        f'<header><h1>Readiness report</h1><p class="meta">target <code>{escape(r.target)}</code> · '
        f"Python {escape(r.python)}{generated}</p>"
        f'<section class="verdict {"ready" if ready else "not-ready"}" aria-labelledby="verdict">'
        f'<h2 id="verdict">Verdict: {"READY" if ready else "NOT READY"}</h2>'
        f'<p class="counts"><strong>{done}</strong> of {len(r.checklist)} checklist items done · '
        f"<strong>{proven}</strong> of {len(r.elimination)} elimination questions proven</p>"
        f"<ul>{reasons}</ul>{next_kata}</section></header>"
    )


def _topics(data: ReportData) -> str:
    rows = []
    for topic in data.readiness.topics:
        if not topic.has_katas:
            status, bar = "no katas yet", ""
        elif not topic.total:
            status, bar = "not started", svg.progress_bar(0, 1)
        else:
            status, bar = f"{topic.passed}/{topic.total} passed", svg.progress_bar(topic.passed, topic.total)
        complete = " complete" if topic.has_katas and topic.total and topic.passed == topic.total else ""
        rows.append(f'<tr class="topic{complete}"><th scope="row">{escape(_topic_name(topic.id))}'
                    f'<span class="title">{escape(topic.title)}</span></th><td class="bar">{bar}</td>'
                    f"<td>{escape(status)}</td><td class=\"source\">{escape(topic.source)}</td></tr>")
    return ('<section aria-labelledby="topics"><h2 id="topics">Progress per topic</h2><table class="topics"><thead><tr>'
            '<th scope="col">topic</th><th scope="col">progress</th><th scope="col">tests</th>'
            '<th scope="col">from</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>"
            + _topics_over_time(data) + "</section>")


def _checklist(data: ReportData) -> str:
    r = data.readiness
    with_katas = {t.id for t in r.topics if t.has_katas}
    groups = []
    for topic_id, group in groupby(r.checklist, key=lambda item: item.topic):
        cards = []
        for item in group:
            # Within the topic's card a kata is named by its module only (the card says the topic).
            paths = (k.removeprefix(f"{topic_id}/") for k in map(_kata_of, item.tests) if k)
            katas = _few(list(dict.fromkeys(paths)))
            if item.done:
                where = "proved by " + katas
            elif topic_id not in with_katas:
                where = "no katas yet"
            elif item.next_kata:
                where = f"next: {item.next_kata}" + (f" · tests in {katas}" if katas else "")
            else:
                where = "not started"
            mark, state, said = ("✓", "done", "done: ") if item.done else ("○", "open", "not done: ")
            cards.append(
                f'<li class="item {state}"><span class="mark" aria-hidden="true">{mark}</span><span class="sr">{said}</span>'
                f'<span class="text">{escape(item.text)}</span>'
                f'<span class="where">{escape(where)} · {item.passed}/{item.total} tests</span></li>'
            )
        groups.append(f'<div class="group"><h3>{escape(_topic_name(topic_id))}</h3><ul>{"".join(cards)}</ul></div>')
    done = sum(item.done for item in r.checklist)
    return (f'<section aria-labelledby="checklist"><h2 id="checklist">Readiness checklist: {done} of '
            f'{len(r.checklist)} done</h2><div class="cards">{"".join(groups)}</div></section>')


def _elimination(data: ReportData) -> str:
    items = []
    for q in data.readiness.elimination:
        mark, state, said = ("✓", "done", "proven: ") if q.done else ("○", "open", "not proven: ")
        ids = ", ".join(q.checklist)
        items.append(f'<li class="item {state}"><span class="mark" aria-hidden="true">{mark}</span><span class="sr">{said}</span>'
                     f'<span class="num">{q.number}.</span><span class="text">{escape(q.question)}</span>'
                     f'<span class="where">{escape(ids)}</span></li>')
    proven = sum(q.done for q in data.readiness.elimination)
    return (f'<section aria-labelledby="elimination"><h2 id="elimination">The ten elimination questions: {proven} of '
            f'{len(data.readiness.elimination)} proven</h2><ol class="questions">{"".join(items)}</ol></section>')


def _readiness_over_time(data: ReportData) -> str:
    out = ['<section aria-labelledby="history"><h2 id="history">Readiness over time</h2>']
    if not data.history:
        out.append(_empty("No history yet: every saved run from now on adds a day to these charts."))
        return "".join(out) + "</section>"
    checklist, elimination = readiness_points(data.history)
    total_q = data.history[-1].elimination_total or 10
    first, last = checklist[0], checklist[-1]
    desc = (f"Checklist items done, percent, on {_n(len(checklist), 'day')} from {first[0]} ({first[1]:g}%) "
            f"to {last[0]} ({last[1]:g}%).")
    chart = svg.line_chart("chart-checklist", "Checklist done per day", desc, [svg.Series("checklist done", checklist)],
                           y_max=100, y_ticks=(0, 25, 50, 75, 100), y_label="{}%", width=480)
    rows = [(day.isoformat(), f"{pct:g}%", f"{int(q)} of {total_q}") for (day, pct), (_, q) in zip(checklist, elimination, strict=True)]
    table = _table("The numbers: readiness per day", ("day", "checklist done", "elimination questions proven"), rows)
    pair = [_figure(chart, "Checklist items done (percent of all), at each day's last saved run.", "")]
    desc = (f"Elimination questions proven, of {total_q}, on {_n(len(elimination), 'day')} from {elimination[0][0]} "
            f"({elimination[0][1]:g}) to {elimination[-1][0]} ({elimination[-1][1]:g}).")
    chart = svg.line_chart("chart-elimination", "Elimination questions proven per day", desc,
                           [svg.Series("elimination questions proven", elimination)], y_max=total_q,
                           y_ticks=tuple(range(0, total_q + 1, max(total_q // 5, 1))), width=480)
    pair.append(_figure(chart, f"Elimination questions proven (of {total_q}), at each day's last saved run.", ""))
    out.append(f'<div class="pair">{"".join(pair)}</div>{table}')
    return "".join(out) + "</section>"


def _topics_over_time(data: ReportData) -> str:
    if not data.history:
        return ""
    out = []
    topics = [t.id for t in data.readiness.topics if t.has_katas]
    columns, grid = topic_grid(data.history, topics)
    labels = [(_topic_name(topic), values) for topic, values in grid]
    moved = [(_topic_name(t), v) for t, v in grid if v and v[0] != v[-1]]
    desc = (f"Share of tests passed per topic and day, {_n(len(topics), 'topic')} over {_n(len(columns), 'day')} from "
            f"{columns[0]} to {columns[-1]}; {_n(len(moved), 'topic')} moved in that time.")
    chart = svg.heat_map("chart-topics", "Progress per topic over time", desc, labels, columns)
    rows_t = [(name, *("–" if v is None else f"{v:.0%}" for v in values)) for name, values in labels]
    table = _table("The numbers: tests passed per topic and day", ("topic", *(f"{d:%m-%d}" for d in columns)), rows_t)
    shown = f" (the last {GRID_DAYS} days)" if len(columns) == GRID_DAYS and daily(data.history)[0][0] < columns[0] else ""
    out.append(_figure(chart, f"Progress per topic over time{shown}: tests passed per topic and day (darker: more; "
                              "empty: none known yet). A day without a run keeps the day before's state.", table))
    return "".join(out)


def _practice(data: ReportData) -> str:
    out = ['<section aria-labelledby="practice"><h2 id="practice">Practice</h2>',
           '<p class="meta">Self-scored rounds (dojo interview, drill, review): they never change the verdict.</p>']
    interviews = interview_points(data.rounds)
    if interviews:
        series = [svg.Series(_topic_name(topic), points) for topic, points in interviews.items()]
        desc = f"Interview round scores, percent, for {_n(len(series), 'topic')}: " + "; ".join(
            f"{s.name} {_n(len(s.points), 'round')}, last {s.points[-1][1]:g}%" for s in series) + "."
        chart = svg.line_chart("chart-interviews", "Interview scores per topic", desc, series, y_max=100,
                               y_ticks=(0, 25, 50, 75, 100), y_label="{}%")
        legend = "".join(f'<li><span class="swatch s{i % svg.SERIES_CLASSES}"></span>{escape(s.name)}</li>'
                         for i, s in enumerate(series))
        rows = [(s.name, day.isoformat(), f"{score:g}%") for s in series for day, score in s.points]
        table = _table("The numbers: interview rounds", ("topic", "day", "score"), rows)
        out.append(_figure(chart + f'<ul class="legend">{legend}</ul>',
                           "Interview and solo rounds: each round's score per topic.", table))
    else:
        out.append(_empty("No interview rounds yet: dojo interview 08_scope (two people) or --solo (alone)."))
    drills = drill_points(data.rounds)
    if drills:
        points = [(day, pct) for day, pct, _, _ in drills]
        desc = (f"Drill accuracy, percent right, over {_n(len(drills), 'drill')} from {drills[0][0]} ({drills[0][1]:g}%) "
                f"to {drills[-1][0]} ({drills[-1][1]:g}%).")
        chart = svg.line_chart("chart-drills", "Drill accuracy", desc, [svg.Series("drill accuracy", points)],
                               y_max=100, y_ticks=(0, 50, 100), y_label="{}%", height=150)
        rows = [(day.isoformat(), f"{right} of {asked}", f"{pct:g}%") for day, pct, right, asked in drills]
        out.append(_figure(chart, "Elimination drills: the share answered right in time.",
                           _table("The numbers: drills", ("day", "right", "accuracy"), rows)))
    else:
        out.append(_empty("No drills yet: dojo drill."))
    due = reviews_due(data.review, data.today)
    total = sum(count for _, count in due)
    if data.review:
        bars = [("today" if n == 0 else f"{day:%m-%d}", count) for n, (day, count) in enumerate(due)]
        desc = f"Questions due for review per day over the next {len(due)} days, {total} in all; {due[0][1]} due today."
        chart = svg.bar_chart("chart-reviews", "Reviews due by day", desc, bars)
        counts = [(day.isoformat(), count) for day, count in due]
        out.append(_figure(chart, f"Reviews due by day ({_n(len(data.review), 'question')} in review; overdue ones count today).",
                           _table("The numbers: reviews due", ("day", "questions due"), counts)))
    else:
        out.append(_empty("Nothing in review: a question answered below pass comes back here (dojo review)."))
    return "".join(out) + "</section>"


CSS = """
:root{color-scheme:light dark;--bg:#fff;--fg:#1d1f23;--muted:#5d6470;--line:#d6d9de;--card:#f5f6f8;--ok:#1a7f37;
--bad:#b42318;--accent:#0a66c2;--s0:#0a66c2;--s1:#d1495b;--s2:#2a9d8f;--s3:#e09f3e;--s4:#7b2cbf;--s5:#5f0f40;
--s6:#3a86ff;--s7:#6a994e}
@media (prefers-color-scheme:dark){:root{--bg:#16181d;--fg:#e6e8eb;--muted:#a0a7b4;--line:#363b45;--card:#1f232a;
--ok:#4ac26b;--bad:#ff7b72;--accent:#58a6ff;--s0:#58a6ff;--s1:#ff7b8a;--s2:#4fd1c5;--s3:#f6c177;--s4:#c297ff;
--s5:#ff9ecd;--s6:#8bb8ff;--s7:#a7d38b}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:72rem;padding:1.5rem;background:var(--bg);color:var(--fg);
font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
h1{margin:0;font-size:1.6rem}h2{font-size:1.2rem;margin:2rem 0 .6rem}h3{font-size:.95rem;margin:.2rem 0 .4rem}
code{font:.9em ui-monospace,SFMono-Regular,Menlo,monospace}
.meta,.empty,.where,.source,.title,figcaption,.axis{color:var(--muted)}
.verdict{border:2px solid var(--bad);border-radius:8px;padding:.6rem 1rem;margin-top:1rem}
.verdict.ready{border-color:var(--ok)}.verdict h2{margin:.2rem 0;color:var(--bad)}.verdict.ready h2{color:var(--ok)}
.verdict ul{padding-left:1.2rem}.next{font-weight:600}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid var(--line)}
.topics th[scope=row]{white-space:nowrap}.title{font-weight:400;font-size:.85em;margin-left:.6em}
@media (max-width:60rem){.title{display:none}}
td.bar{width:40%}.topics td{white-space:nowrap}.progress{width:100%;height:10px;display:block}
.progress .track{fill:var(--line)}.progress .fill{fill:var(--accent)}.complete .progress .fill{fill:var(--ok)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(21rem,1fr));gap:.8rem}
.group{background:var(--card);border-radius:8px;padding:.5rem .8rem}
ul,ol{padding-left:0;margin:0}.item{list-style:none;display:grid;grid-template-columns:1.4rem 1fr;padding:.2rem 0}
.item .where{grid-column:2;font-size:.85em}.mark{font-weight:700}.done .mark{color:var(--ok)}.open .mark{color:var(--muted)}
.questions .item{grid-template-columns:1.4rem 2rem 1fr}.questions .num{color:var(--muted)}.questions .where{grid-column:3}
figure{margin:1rem 0;break-inside:avoid}.pair{display:grid;grid-template-columns:repeat(auto-fit,minmax(24rem,1fr));
gap:0 1.5rem}.pair figure{margin-bottom:.2rem}.chart{width:100%;height:auto;display:block}
.chart text{font-size:12px;fill:var(--muted)}.chart .grid{stroke:var(--line);stroke-width:1}
.line{fill:none;stroke-width:2}.dot{stroke:var(--bg);stroke-width:1}
.s0{stroke:var(--s0);fill:var(--s0)}.s1{stroke:var(--s1);fill:var(--s1)}.s2{stroke:var(--s2);fill:var(--s2)}
.s3{stroke:var(--s3);fill:var(--s3)}.s4{stroke:var(--s4);fill:var(--s4)}.s5{stroke:var(--s5);fill:var(--s5)}
.s6{stroke:var(--s6);fill:var(--s6)}.s7{stroke:var(--s7);fill:var(--s7)}.line.s0,.line.s1,.line.s2,.line.s3,.line.s4,
.line.s5,.line.s6,.line.s7{fill:none}.dash0{stroke-dasharray:6 3}.dash1{stroke-dasharray:2 3}.dash2{stroke-dasharray:8 3 2 3}
.cell{fill:var(--accent)}.cell.empty{fill:var(--line);fill-opacity:.35}.col{fill:var(--accent)}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.85em}.legend li{list-style:none}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.3em;background:currentColor}
.swatch.s0{color:var(--s0)}.swatch.s1{color:var(--s1)}.swatch.s2{color:var(--s2)}.swatch.s3{color:var(--s3)}
.swatch.s4{color:var(--s4)}.swatch.s5{color:var(--s5)}.swatch.s6{color:var(--s6)}.swatch.s7{color:var(--s7)}
details.numbers{font-size:.85em;margin-top:.3rem}details.numbers table{display:block;overflow-x:auto}
details.numbers td,details.numbers th{padding:.1rem .4rem;white-space:nowrap}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
footer{margin-top:2rem;font-size:.85em;color:var(--muted)}
@media print{:root{color-scheme:light;--bg:#fff;--fg:#000;--muted:#444;--line:#bbb;--card:#fff}
body{max-width:none;padding:0;font-size:11pt}section{break-inside:auto}.group,figure,.verdict{break-inside:avoid}
details.numbers{display:none}.group{border:1px solid var(--line)}}
"""

# Nothing loads from anywhere: no script, no font, no image but inline ones; a stray reference fails loudly.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def render(data: ReportData) -> str:
    """The whole page."""
    notes = "".join(f"<li>{escape(note)}</li>" for note in data.notes)
    return "\n".join((
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Readiness report: {escape(data.readiness.target)}</title>",
        f"<style>{CSS}</style></head><body>",
        _header(data),
        "<main>",
        _readiness_over_time(data),
        _topics(data),
        _checklist(data),
        _elimination(data),
        _practice(data),
        "</main>",
        f"<footer>{f'<ul>{notes}</ul>' if notes else ''}<p>Python Internals Katas · dojo report --html · "
        "the verdict's rule is in its reasons at the top.</p></footer>",
        "</body></html>",
    )) + "\n"


def page_from_store(
    readiness: Readiness, store: ProgressStore, curriculum: Curriculum, today: date, generated: str = ""
) -> str:
    """The page for a readiness, with the history, rounds and review boxes of the store (the one reading function)."""
    from dojo.practice import summarize
    from dojo.progress import ProgressError

    data = ReportData(readiness, today=today, generated=generated)
    try:
        data.history = store.history()
    except ProgressError as error:
        data.notes.append(f"the history could not be read ({error}); the charts over time are left out")
    try:
        data.rounds, data.review = store.rounds(), store.review_states()
        data.practice = summarize(curriculum, data.rounds, data.review, today)
    except ProgressError as error:
        data.notes.append(f"the practice rounds could not be read ({error}); practice is left out")
    return render(data)
