"""Pure: small inline SVG charts for the HTML report (line, heat map, bars). Strings in, a string out.

Colours are CSS classes (``s0``..``s7`` for series, ``cell``, ``col``, ``grid``, ``axis``) that the
page styles, so one chart reads in light and dark mode and in print. Every chart has a ``<title>``
and a ``<desc>`` (read by screen readers); the page puts its numbers in a table beside it. Every
text given is escaped here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

WIDTH = 640
SERIES_CLASSES = 8  # s0..s7, then the dash patterns repeat with other colours


@dataclass(frozen=True)
class Series:
    name: str
    points: Sequence[tuple[date, float]]  # (day, value), oldest first


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _open(slug: str, title: str, desc: str, width: int, height: int) -> list[str]:
    return [
        f'<svg class="chart" viewBox="0 0 {width} {height}" style="max-width:{width * 1.25:g}px" role="img" '
        f'aria-labelledby="{slug}-title {slug}-desc">',
        f'<title id="{slug}-title">{escape(title)}</title>',
        f'<desc id="{slug}-desc">{escape(desc)}</desc>',
    ]


def _day_ticks(first: date, last: date, count: int = 6) -> list[date]:
    span = (last - first).days
    if span <= 0:
        return [first]
    step = max(1, round(span / (count - 1)))
    ticks = [date.fromordinal(first.toordinal() + d) for d in range(0, span + 1, step)]
    return ticks if ticks[-1] == last or (last - ticks[-1]).days * 2 < step else [*ticks, last]


def line_chart(
    slug: str, title: str, desc: str, series: Sequence[Series], *, y_max: float, y_ticks: Sequence[float],
    y_label: str = "{}", height: int = 200, width: int = WIDTH,
) -> str:
    """Lines over days (x: calendar days from the first point to the last), with a dot and a tooltip at each point."""
    left, right, top, bottom = 44, 28, 10, 26
    inner_w, inner_h = width - left - right, height - top - bottom
    days = [day for s in series for day, _ in s.points]
    out = _open(slug, title, desc, width, height)
    first, last = (min(days), max(days)) if days else (date.today(), date.today())
    span = max((last - first).days, 1)

    def x(day: date) -> float:
        if first == last:
            return left + inner_w / 2
        return left + inner_w * (day - first).days / span

    def y(value: float) -> float:
        return top + inner_h * (1 - min(max(value, 0.0), y_max) / y_max) if y_max else top + inner_h

    for tick in y_ticks:
        out.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{_num(y(tick))}" y2="{_num(y(tick))}"/>')
        out.append(f'<text class="axis" x="{left - 6}" y="{_num(y(tick) + 4)}" text-anchor="end">'
                   f'{escape(y_label.format(_num(tick)))}</text>')
    for tick_day in _day_ticks(first, last, 6 if width >= WIDTH else 4) if days else []:
        out.append(f'<text class="axis" x="{_num(x(tick_day))}" y="{height - 8}" text-anchor="middle">'
                   f'{tick_day:%b %d}</text>')
    for index, one in enumerate(series):
        css = f"s{index % SERIES_CLASSES}" + (f" dash{index // SERIES_CLASSES % 3}" if index >= SERIES_CLASSES else "")
        coords = [(x(day), y(value)) for day, value in one.points]
        if len(coords) > 1:
            path = " ".join(f"{_num(px)},{_num(py)}" for px, py in coords)
            out.append(f'<polyline class="line {css}" points="{path}"><title>{escape(one.name)}</title></polyline>')
        for (day, value), (px, py) in zip(one.points, coords, strict=True):
            out.append(f'<circle class="dot {css}" cx="{_num(px)}" cy="{_num(py)}" r="3">'
                       f'<title>{escape(one.name)}, {day.isoformat()}: {escape(y_label.format(_num(value)))}</title></circle>')
    out.append("</svg>")
    return "".join(out)


def heat_map(
    slug: str, title: str, desc: str, rows: Sequence[tuple[str, Sequence[float | None]]], columns: Sequence[date],
) -> str:
    """One row per label, one column per day; a cell's shade is its value (0..1), an empty cell is no data."""
    label_w, top, cell_h, bottom = 150, 6, 16, 22
    cell_w = (WIDTH - label_w - 4) / max(len(columns), 1)
    height = top + cell_h * len(rows) + bottom
    out = _open(slug, title, desc, WIDTH, height)
    for r, (label, values) in enumerate(rows):
        y = top + r * cell_h
        out.append(f'<text class="axis" x="{label_w - 6}" y="{y + cell_h - 4}" text-anchor="end">{escape(label)}</text>')
        for c, value in enumerate(values):
            x = label_w + c * cell_w
            if value is None:
                shade, tip = 'class="cell empty"', "no run yet"
            else:
                shade, tip = f'class="cell" fill-opacity="{_num(0.08 + 0.92 * value)}"', f"{value:.0%}"
            out.append(f'<rect {shade} x="{_num(x)}" y="{y}" width="{_num(max(cell_w - 1, 1))}" height="{cell_h - 2}">'
                       f'<title>{escape(label)}, {columns[c].isoformat()}: {tip}</title></rect>')
    if columns:
        for tick in _day_ticks(columns[0], columns[-1]):
            c = (tick - columns[0]).days
            out.append(f'<text class="axis" x="{_num(label_w + (c + 0.5) * cell_w)}" y="{height - 6}" '
                       f'text-anchor="middle">{tick:%b %d}</text>')
    out.append("</svg>")
    return "".join(out)


def bar_chart(slug: str, title: str, desc: str, bars: Sequence[tuple[str, int]], height: int = 160) -> str:
    """One bar per label (a count), the count written above it."""
    left, right, top, bottom = 12, 12, 16, 24
    inner_w, inner_h = WIDTH - left - right, height - top - bottom
    peak = max((value for _, value in bars), default=0) or 1
    step = inner_w / max(len(bars), 1)
    out = _open(slug, title, desc, WIDTH, height)
    out.append(f'<line class="grid" x1="{left}" x2="{WIDTH - right}" y1="{top + inner_h}" y2="{top + inner_h}"/>')
    for index, (label, value) in enumerate(bars):
        bar_h = inner_h * value / peak
        x = left + index * step
        out.append(f'<rect class="col" x="{_num(x + step * 0.15)}" y="{_num(top + inner_h - bar_h)}" '
                   f'width="{_num(step * 0.7)}" height="{_num(bar_h)}"><title>{escape(label)}: {value}</title></rect>')
        out.append(f'<text class="axis" x="{_num(x + step / 2)}" y="{_num(top + inner_h - bar_h - 3)}" '
                   f'text-anchor="middle">{value}</text>')
        out.append(f'<text class="axis" x="{_num(x + step / 2)}" y="{height - 8}" text-anchor="middle">{escape(label)}</text>')
    out.append("</svg>")
    return "".join(out)


def progress_bar(passed: int, total: int) -> str:
    """A thin bar: the share of tests passed (decorative: the numbers are beside it as text)."""
    share = passed / total if total else 0.0
    return (f'<svg class="progress" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">'
            f'<rect class="track" width="100" height="8" rx="2"/>'
            f'<rect class="fill" width="{_num(100 * share)}" height="8" rx="2"/></svg>')
