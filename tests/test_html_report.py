"""The HTML readiness report: the charts' data, their text alternatives, escaping, a self-contained page,
and the page rendered by a real browser (headless Chromium; skipped, saying so, where it is missing)."""

from __future__ import annotations

import collections
import contextlib
import itertools
import os
import re
import shutil
import signal
import struct
import subprocess
import zlib
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from dojo import html_report, svg
from dojo.curriculum import load_curriculum
from dojo.html_report import ReportData
from dojo.practice import Answer, ReviewState, StoredRound
from dojo.progress import ProgressStore, progress_path
from dojo.readiness import (
    ChecklistProgress,
    EliminationProgress,
    Readiness,
    Snapshot,
    TopicProgress,
    Verdict,
)
from tests.support import history as history_demo

pytestmark = pytest.mark.timeout(180)

TRAP = '<script>alert("x")</script>&'


def _snap(recorded: str, done: int, proven: tuple[int, ...] = (), topics: dict[str, tuple[int, int]] | None = None) -> Snapshot:
    return Snapshot(recorded, "katas", topics or {"08_scope": (done, 10)}, done, 40, proven, 10, False)


def _readiness(text: str = "Know LEGB") -> Readiness:
    return Readiness(
        target="katas", python="3.13.1", totals={"passed": 1, "failed": 1, "skipped": 0, "total": 2, "this_run": 2},
        topics=[TopicProgress("08_scope", f"Scope {text}", True, 1, 1, 2, "this run"),
                TopicProgress("17_asyncio", "Asyncio", False)],
        checklist=[
            ChecklistProgress("scope.legb", text, "08_scope", ["katas/08_scope/test_closures.py::test_a"], 1, 1, True),
            ChecklistProgress("scope.nonlocal", "Use nonlocal", "08_scope", ["katas/08_scope/test_counter.py::test_b"], 0, 1,
                              False, next_kata="08_scope/counter.py"),
        ],
        elimination=[EliminationProgress(1, f"What does LEGB stand for? {text}", ["scope.legb"], True),
                     EliminationProgress(2, "What is the GIL?", ["concurrency.gil"], False)],
        verdict=Verdict(False, [f"1 of 2 elimination questions not yet proven (2) {text}"]),
        next_kata="08_scope/counter.py",
    )


# --------------------------------------------------------------------------- the charts' data


def test_each_day_counts_its_last_saved_run():
    history = [_snap("2026-11-02T09:00:00+00:00", 2), _snap("2026-11-02T21:00:00+00:00", 4, (1,)),
               _snap("2026-11-04T10:00:00+00:00", 8, (1, 2, 3))]
    checklist, elimination = html_report.readiness_points(history)
    assert checklist == [(date(2026, 11, 2), 10.0), (date(2026, 11, 4), 20.0)]
    assert elimination == [(date(2026, 11, 2), 1.0), (date(2026, 11, 4), 3.0)]


def test_the_topic_grid_has_every_calendar_day_and_keeps_a_day_without_a_run():
    history = [_snap("2026-11-02T09:00:00+00:00", 0, topics={"08_scope": (2, 10), "09_functions": (0, 0)}),
               _snap("2026-11-04T09:00:00+00:00", 0, topics={"08_scope": (5, 10), "09_functions": (1, 4)})]
    columns, rows = html_report.topic_grid(history, ["08_scope", "09_functions", "10_execution_model"])
    assert columns == [date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 4)]
    assert rows == [("08_scope", [0.2, 0.2, 0.5]), ("09_functions", [None, None, 0.25]),
                    ("10_execution_model", [None, None, None])]
    assert html_report.topic_grid([], ["08_scope"]) == ([], [("08_scope", [])])
    columns, rows = html_report.topic_grid(history, ["09_functions"], days_shown=2)
    assert columns == [date(2026, 11, 3), date(2026, 11, 4)] and rows == [("09_functions", [None, 0.25])], "the last days"


def _round(kind: str, topic: str, started: str, scores: list[str], questions: int | None = None) -> StoredRound:
    answers = [Answer(f"{topic}:{i}", topic, score, 5.0) for i, score in enumerate(scores)]
    return StoredRound(1, kind, topic, started, questions or len(scores), answers)


def test_practice_series_interview_scores_drill_accuracy_and_reviews_due():
    rounds = [
        _round("interview", "08_scope", "2026-11-02T18:00:00", ["pass", "fail", "shaky", "pass"]),
        _round("drill", "elimination", "2026-11-03T18:00:00", ["pass"] * 7 + ["miss"] * 3),
        _round("solo", "08_scope", "2026-11-05T18:00:00", ["pass", "pass"], questions=4),  # ended early: 2 of 4
        _round("review", "review", "2026-11-05T19:00:00", ["pass"]),
        _round("drill", "elimination", "2026-11-06T18:00:00", []),  # abandoned before an answer
    ]
    assert html_report.interview_points(rounds) == {"08_scope": [(date(2026, 11, 2), 62.5), (date(2026, 11, 5), 50.0)]}
    assert html_report.drill_points(rounds) == [(date(2026, 11, 3), 70.0, 7, 10)]
    states = [ReviewState("a", "08_scope", 1, date(2026, 11, 1)), ReviewState("b", "08_scope", 2, date(2026, 11, 6)),
              ReviewState("c", "08_scope", 3, date(2026, 11, 8)), ReviewState("d", "08_scope", 5, date(2026, 12, 30))]
    due = html_report.reviews_due(states, date(2026, 11, 6), days=3)
    assert due == [(date(2026, 11, 6), 2), (date(2026, 11, 7), 0), (date(2026, 11, 8), 1)], "overdue counts today"


# --------------------------------------------------------------------------- the page


class _Page(HTMLParser):
    """The tags, ids, references and text of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def _parse(page: str) -> _Page:
    parsed = _Page()
    parsed.feed(page)
    return parsed


def _page_with_history() -> str:
    history = [_snap("2026-11-02T09:00:00+00:00", 4, topics={"08_scope": (2, 10)}),
               _snap("2026-11-03T09:00:00+00:00", 12, (1,), topics={"08_scope": (5, 10)}),
               _snap("2026-11-05T09:00:00+00:00", 20, (1, 2), topics={"08_scope": (7, 10)})]
    rounds = [_round("interview", "08_scope", "2026-11-02T18:00:00", ["pass", "fail"]),
              _round("drill", "elimination", "2026-11-04T18:00:00", ["pass"] * 6 + ["miss"] * 4)]
    review = [ReviewState("elimination:3", "elimination", 1, date(2026, 11, 5))]
    return html_report.render(ReportData(_readiness(), history, None, rounds, review, date(2026, 11, 5), "now"))


def _table_rows(page: str) -> list[list[str]]:
    """Every row of the pages's tables of numbers, header cell first."""
    rows = re.findall(r'<tr><th scope="row">([^<]*)</th>((?:<td>[^<]*</td>)+)</tr>', page)
    return [[head, *re.findall(r"<td>([^<]*)</td>", rest)] for head, rest in rows]


def test_the_page_is_self_contained_and_has_no_script():
    page = _page_with_history()
    parsed = _parse(page)
    assert not parsed.all("script") and not parsed.all("link") and not parsed.all("iframe")
    references = [value for _, attrs in parsed.tags for key, value in attrs.items() if key in ("src", "href") and value]
    assert references == [], "nothing is loaded from anywhere"
    assert "http:" not in page and "https:" not in page and "//" not in page.replace("://", ""), "no URL at all"
    assert "@import" not in page and "url(" not in page
    [csp] = [m for m in parsed.all("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    assert csp["content"] == "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    assert "@media (prefers-color-scheme:dark)" in page and "@media print" in page


def test_every_chart_has_a_title_a_description_and_its_numbers_in_a_table():
    page = _page_with_history()
    parsed = _parse(page)
    charts = [attrs for attrs in parsed.all("svg") if attrs.get("class") == "chart"]
    assert len(charts) == 6, "checklist, elimination questions, topics, interviews, drills, reviews"
    ids = {attrs.get("id") for _, attrs in parsed.tags}
    for chart in charts:
        assert chart["role"] == "img"
        labels = (chart["aria-labelledby"] or "").split()
        assert len(labels) == 2 and all(label in ids for label in labels), chart
    text = " ".join(parsed.text)
    # The text alternatives carry the numbers: each chart's description, and the tables.
    assert "Checklist items done, percent, on 3 days from 2026-11-02 (10%) to 2026-11-05 (50%)." in text
    assert "Elimination questions proven, of 10, on 3 days from 2026-11-02 (0) to 2026-11-05 (2)." in text
    assert "1 topic over 4 days from 2026-11-02 to 2026-11-05; 1 topic moved" in text
    assert "08 scope 1 round, last 50%" in text and "over 1 drill " in text and "1 due today" in text
    rows = _table_rows(page)
    assert ["2026-11-03", "30%", "1 of 10"] in rows, "readiness per day"
    assert ["08 scope", "20%", "50%", "50%", "70%"] in rows, "per topic and calendar day, a day without a run kept"
    assert ["08 scope", "2026-11-02", "50%"] in rows, "an interview round"
    assert ["2026-11-04", "6 of 10", "60%"] in rows, "a drill"
    assert ["2026-11-05", "1"] in rows and ["2026-11-06", "0"] in rows, "reviews due by day"


def test_everything_from_files_is_escaped():
    page = html_report.render(ReportData(_readiness(TRAP), today=date(2026, 11, 5)))
    assert TRAP not in page and "<script" not in page
    assert page.count("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;") == 4, "title, item, question, reason"


def test_without_history_or_practice_the_page_says_what_will_fill_it():
    page = html_report.render(ReportData(_readiness(), today=date(2026, 11, 5)))
    assert "No history yet" in page and "No interview rounds yet" in page and "No drills yet" in page
    assert "Nothing in review" in page
    assert "Next kata to open: <code>katas/08_scope/counter.py</code>" in page
    assert "proved by closures.py · 1/1 tests" in page and "next: 08_scope/counter.py · tests in counter.py" in page


def test_the_svg_helpers_escape_and_draw_what_they_are_given():
    chart = svg.line_chart("c", TRAP, TRAP, [svg.Series(TRAP, [(date(2026, 11, 2), 50.0)])], y_max=100, y_ticks=(0, 100))
    assert "<script" not in chart and chart.count("<circle") == 1
    cells = svg.heat_map("h", "t", "d", [("a", [None, 0.5])], [date(2026, 11, 2), date(2026, 11, 3)])
    assert cells.count('class="cell empty"') == 1 and 'fill-opacity="0.5"' in cells
    bars = svg.bar_chart("b", "t", "d", [("today", 3), ("11-06", 0)])
    assert ">3</text>" in bars and ">0</text>" in bars


# --------------------------------------------------------------------------- four weeks of history, in a browser


@pytest.fixture(scope="module")
def demo_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report on four weeks of generated history (seeded: the same page every time)."""
    root = tmp_path_factory.mktemp("demo")
    curriculum = load_curriculum(history_demo.REPO / "katas")
    readiness = history_demo.fill(root, curriculum=curriculum)
    store = ProgressStore(progress_path(root), "katas")
    page = html_report.page_from_store(readiness, store, curriculum, history_demo.END, "2026-11-29 20:00 UTC")
    path = root / "report.html"
    path.write_text(page, encoding="utf-8")
    return path


def test_four_weeks_of_history_fill_every_chart(demo_page):
    page = demo_page.read_text(encoding="utf-8")
    assert page.count('class="chart"') == 6 and "No history yet" not in page and "No drills yet" not in page
    # The readiness chart's text: a point per day with a saved run, from the first day's last run to the last day's.
    history = ProgressStore(progress_path(demo_page.parent), "katas").history()
    last_of_day = {snap.recorded[:10]: snap for snap in history}
    days, first, last = re.search(r"on (\d+) days from (\S+) \(([\d.]+)%\) to (\S+) \(([\d.]+)%\)", page).group(1, 3, 5)
    assert int(days) == len(last_of_day) == 25, "four weeks with three days off"
    assert float(first) == pytest.approx(100 * min(last_of_day.items())[1].checklist_share, abs=0.05)
    assert float(last) == pytest.approx(100 * max(last_of_day.items())[1].checklist_share, abs=0.05)
    unproven = 10 - len(history[-1].elimination)
    assert "Verdict: NOT READY" in page and f"{unproven} of 10 elimination questions not yet proven" in page
    assert len(page.encode()) < 400_000


CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome") if shutil.which(name)), None)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium is not installed, so the report was NOT checked in a browser "
    "(Debian: apt-get install chromium; .ci/run installs it)",
)

# Runs before the page's own Content-Security-Policy (so it is allowed) and writes what went wrong into the page.
PROBE = """<script>
window.__errors = [];
addEventListener('error', e => __errors.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)))), true);
addEventListener('securitypolicyviolation', e => __errors.push('blocked: ' + e.violatedDirective + ' ' + e.blockedURI));
for (const level of ['error', 'warn']) {
  const original = console[level];
  console[level] = (...args) => { __errors.push(level + ': ' + args.join(' ')); original.apply(console, args); };
}
addEventListener('load', () => {
  const probe = document.createElement('pre');
  probe.id = 'dojo-probe';
  probe.textContent = __errors.length ? 'ERRORS ' + __errors.join(' | ') : 'NO-ERRORS';
  document.body.append(probe);
});
</script>"""


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
               f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0", *args]
    # A session of its own: on a timeout, Chromium and every helper process it started are ended together.
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = child.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        pytest.fail("Chromium did not finish within 120 s")
    finally:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(child.pid, signal.SIGKILL)
        child.wait()
    return subprocess.CompletedProcess(command, child.returncode, out, err)


def _probe(tmp_path: Path, page: str) -> tuple[str, str]:
    """(the probe's line, the console lines Chromium logged) for the page with the probe added."""
    probed = tmp_path / "probed.html"
    probed.write_text(page.replace("<head>", "<head>" + PROBE, 1), encoding="utf-8")
    done = _chromium(tmp_path, "--virtual-time-budget=3000", "--dump-dom", probed.as_uri())
    found = re.search(r'<pre id="dojo-probe">([^<]*)</pre>', done.stdout)
    assert found, f"the page did not load in Chromium: {done.stderr[-2000:]}"
    console = "\n".join(line for line in done.stderr.splitlines() if ":CONSOLE" in line)
    return found.group(1), console


def _png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of RGB(A) bytes) of an 8-bit truecolour PNG: zlib and struct, no image library."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    at, idat, header = 8, b"", b""
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        chunk = data[at + 8:at + 8 + length]
        header, idat = (chunk, idat) if kind == b"IHDR" else (header, idat + chunk if kind == b"IDAT" else idat)
        at += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (2, 6), f"bit depth {depth}, colour type {colour}"
    size = 3 if colour == 2 else 4
    raw, stride, rows, previous = zlib.decompress(idat), width * size, [], bytearray(width * size)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        line = _unfilter(kind, line, previous, size)
        rows.append(bytes(line))
        previous = line
    return width, height, [bytes(row[i:i + 3]) for row in rows for i in range(0, len(row), size)]


def _unfilter(kind: int, line: bytearray, previous: bytearray, size: int) -> bytearray:
    """One scanline with its PNG filter undone; Up and Sub (most rows) without a Python step per byte."""
    if kind == 2:  # Up: bytewise (line + previous) mod 256, the whole row as one integer (SWAR: no carry between bytes)
        low, high = int.from_bytes(b"\x7f" * len(line), "big"), int.from_bytes(b"\x80" * len(line), "big")
        a, b = int.from_bytes(line, "big"), int.from_bytes(previous, "big")
        return bytearray((((a & low) + (b & low)) ^ ((a ^ b) & high)).to_bytes(len(line), "big"))
    if kind == 1:  # Sub: a running sum mod 256 per channel
        for channel in range(size):
            line[channel::size] = bytes(itertools.accumulate(line[channel::size], lambda x, y: (x + y) & 255))
        return line
    if kind == 3:  # Average
        for x in range(len(line)):
            line[x] = (line[x] + ((line[x - size] if x >= size else 0) + previous[x]) // 2) & 255
    elif kind == 4:  # Paeth, byte by byte: the first pixel has no left or corner, so its predictor is up
        for x in range(size):
            line[x] = (line[x] + previous[x]) & 255
        for x in range(size, len(line)):
            left, up, corner = line[x - size], previous[x], previous[x - size]
            pa, pb, pc = abs(up - corner), abs(left - corner), abs(left + up - 2 * corner)  # |p - left|, |p - up|, |p - corner|
            line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
    return line


def _artifacts(tmp_path: Path) -> Path:
    """Where screenshots are kept: $DOJO_TEST_ARTIFACTS (CI uploads it), else the test's temporary folder."""
    folder = Path(os.environ.get("DOJO_TEST_ARTIFACTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@needs_chromium
def test_the_probe_sees_a_console_error_and_a_blocked_load(tmp_path):
    # The check below is only worth something if it fails on a broken page: here, one.
    broken = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">" \
             "</head><body><img src=\"https://cdn.example.invalid/x.png\"><p>x</p></body></html>"
    line, _ = _probe(tmp_path, broken)
    assert line.startswith("ERRORS") and "blocked" in line


@needs_chromium
def test_the_report_loads_in_chromium_without_a_console_error(demo_page, tmp_path):
    line, console = _probe(tmp_path, demo_page.read_text(encoding="utf-8"))
    assert line == "NO-ERRORS", line
    assert not re.search(r"Uncaught|Refused to|Failed to load", console), console


@needs_chromium
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_screenshot_of_the_report_is_not_blank(demo_page, tmp_path, scheme):
    shot = _artifacts(tmp_path) / f"html-report-{scheme}.png"
    shot.unlink(missing_ok=True)
    dark = ["--force-dark-mode"] if scheme == "dark" else []
    done = _chromium(tmp_path, *dark, "--window-size=900,1200", "--force-device-scale-factor=1",
                     f"--screenshot={shot}", demo_page.as_uri())
    assert shot.exists(), f"Chromium made no screenshot: {done.stderr[-2000:]}"
    width, height, pixels = _png_pixels(shot.read_bytes())
    assert (width, height) == (900, 1200)
    counts = collections.Counter(pixels)
    background, most = counts.most_common(1)[0]
    assert len(counts) > 50, f"only {len(counts)} colours: a blank page"
    assert most / len(pixels) < 0.93, "almost every pixel is the background"
    luminance = sum(background) / 3
    assert (luminance > 200) if scheme == "light" else (luminance < 60), f"{scheme} background {background.hex()}"
    print(f"screenshot kept: {shot}")


@needs_chromium
def test_the_report_prints(demo_page, tmp_path):
    pdf = _artifacts(tmp_path) / "html-report.pdf"
    pdf.unlink(missing_ok=True)
    done = _chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", demo_page.as_uri())
    assert pdf.exists(), f"Chromium printed nothing: {done.stderr[-2000:]}"
    data = pdf.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    assert data.startswith(b"%PDF") and 2 <= pages <= 20, f"{pages} pages"
