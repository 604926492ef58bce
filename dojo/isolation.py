"""One kata's mess stays its own: its patches of builtins, its flood of output, its file's encoding.

- :func:`guard_builtins` undoes what a kata did to ``builtins`` (``builtins.print = None``)
  after its import and after each of its tests, so other katas' tests never see it.
- :func:`cap_captured_output` keeps a test's captured output to a screenful on the terminal,
  with one line saying how much was cut.
- :func:`read_source` reads a kata file the way Python does (a coding cookie, a BOM), and
  never fails on a byte it cannot decode: the command shows it, pytest reports the error.
"""

from __future__ import annotations

import builtins
import io
import tokenize
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

MAX_OUTPUT_LINES = 200  # of one captured section (stdout, stderr, log) of one test phase
MAX_OUTPUT_CHARS = 20_000
_KEPT_TAIL = 20  # lines kept from the end: what was printed last is often what matters

_MISSING = object()


@contextmanager
def guard_builtins(changed: list[str] | None = None) -> Iterator[None]:
    """Within the block anything may change builtins; after it, every change is undone (names into `changed`)."""
    before = dict(builtins.__dict__)
    try:
        yield
    finally:
        undone = restore_builtins(before)
        if changed is not None:
            changed.extend(undone)


def restore_builtins(before: dict[str, Any]) -> list[str]:
    """Put builtins back as `before`; returns the names that had been changed, added or removed."""
    now = builtins.__dict__
    undone = []
    for name in list(now):
        if name not in before:
            del now[name]
            undone.append(name)
    for name, value in before.items():
        if now.get(name, _MISSING) is not value:
            now[name] = value
            undone.append(name)
    return sorted(undone)


def cap_text(text: str, max_lines: int = MAX_OUTPUT_LINES, max_chars: int = MAX_OUTPUT_CHARS) -> str:
    """The text, or its head and tail with one line in between saying how much was cut."""
    lines = text.splitlines(keepends=True)
    if len(lines) <= max_lines and len(text) <= max_chars:
        return text
    head_count = max(max_lines - _KEPT_TAIL, 1)
    head, tail = lines[:head_count], lines[-_KEPT_TAIL:] if len(lines) > head_count + _KEPT_TAIL else []
    middle = lines[len(head):len(lines) - len(tail)]
    kept = "".join(head)
    if len(kept) > max_chars:
        kept = kept[:max_chars] + "\n"
    tail_text = "".join(tail)[-max_chars // 4:] if tail else ""
    cut_lines, cut_chars = len(middle), len(text) - len(kept) - len(tail_text)
    note = (
        f"... dojo cut {cut_lines:,} lines ({cut_chars:,} characters) of this output; "
        "run the test alone with -s to see all of it ...\n"
    )
    return kept + note + tail_text


def cap_captured_output(sections: list[tuple[str, str]]) -> None:
    """Cap every captured-output section of a test report in place (pytest's 'Captured stdout call' and kin)."""
    for index, (title, content) in enumerate(sections):
        if title.startswith("Captured "):
            sections[index] = (title, cap_text(content))


def read_source(path: Path) -> str:
    """A Python file's text as Python reads it (coding cookie, BOM); undecodable bytes are replaced, never raised."""
    data = path.read_bytes()
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError:
        encoding = "utf-8"
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return data.decode(encoding if _known(encoding) else "utf-8", errors="replace")


def _known(encoding: str) -> bool:
    try:
        "".encode(encoding)
    except LookupError:
        return False
    return True
