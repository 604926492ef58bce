"""The results record: one row per kata test, how it ended and why, written by the plugin's controller.

Every tool that needs to know how kata tests ended reads this record, never JUnit XML and never a
definition of "passed" of its own: watch, ``dojo verify``, ``dojo dev check`` and the mutation
tests. The plugin writes it with ``--dojo-results=PATH`` at the end of the session (also when the
watchdog ends a run), as one JSON document, replaced atomically.

A row's ``outcome`` is the plugin's single definition: passed only from a passed call phase, failed
when any phase failed (or the process running it died), skipped, or not run. ``when`` is the phase
that decided a failure or a skip; ``exception`` and ``exception_mro`` name the exception's type and
its bases (``None`` and ``()`` when there was none: a crashed worker, the watchdog); ``message`` holds
the first lines of the exception's message.

Pure data and files: no pytest here, so the command line can read a record without importing it.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

SCHEMA = 1
MESSAGE_LINES = 20
MESSAGE_CHARS = 2000


class ResultsError(ValueError):
    """A results file is missing, unreadable or not a results record; the message is one line."""


@dataclass(frozen=True)
class Failure:
    """Why a test failed or was skipped: the phase, the exception's type and bases, its first lines."""

    when: str
    exception: str | None = None
    exception_mro: tuple[str, ...] = ()
    message: str = ""

    @classmethod
    def of(cls, when: str, error: BaseException | None, message: str | None = None) -> Failure:
        if error is None:
            return cls(when, None, (), first_lines(message or ""))
        mro = tuple(kind.__name__ for kind in type(error).__mro__)
        return cls(when, type(error).__name__, mro, first_lines(message if message is not None else str(error)))


@dataclass(frozen=True)
class Row:
    nodeid: str
    topic: str
    kata: str | None
    checklist: tuple[str, ...]
    outcome: str  # "passed", "failed", "skipped" or "not run"
    when: str | None = None
    exception: str | None = None
    exception_mro: tuple[str, ...] = ()
    message: str = ""

    def failed_with(self, *kinds: str) -> bool:
        """Failed, by an exception that is one of `kinds` or a subclass of one."""
        return self.outcome == "failed" and bool(set(kinds) & set(self.exception_mro))


@dataclass(frozen=True)
class CollectionError:
    nodeid: str
    message: str


@dataclass(frozen=True)
class Results:
    rows: tuple[Row, ...]
    collection_errors: tuple[CollectionError, ...] = ()
    exitstatus: int = 0
    interrupted: bool = False
    target: str = ""
    python: str = ""
    by_nodeid: dict[str, Row] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_nodeid", {row.nodeid: row for row in self.rows})

    def in_topic(self, topic: str) -> list[Row]:
        return [row for row in self.rows if row.topic == topic]

    def count(self, outcome: str) -> int:
        return sum(row.outcome == outcome for row in self.rows)

    @property
    def failed(self) -> list[Row]:
        return [row for row in self.rows if row.outcome == "failed"]


def first_lines(text: str) -> str:
    lines = text.strip().splitlines()[:MESSAGE_LINES]
    return "\n".join(lines)[:MESSAGE_CHARS]


def to_json(results: Results) -> str:
    data = asdict(results)
    data.pop("by_nodeid", None)
    return json.dumps({"schema": SCHEMA, **data}, indent=1)


def write(path: Path, results: Results) -> None:
    """Write atomically: a reader never sees half a record, and a crash leaves the old one or none."""
    path = Path(path)
    handle, scratch = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(to_json(results))
        os.replace(scratch, path)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise


def read(path: Path) -> Results:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ResultsError(f"no results record at {path}: the run ended before it could write one") from None
    except (OSError, ValueError) as error:
        raise ResultsError(f"the results record {path} cannot be read: {error}") from None
    return from_data(data, str(path))


def from_data(data: Any, where: str = "results") -> Results:
    if not isinstance(data, Mapping) or data.get("schema") != SCHEMA:
        raise ResultsError(f"{where} is not a results record of schema {SCHEMA}")
    try:
        rows = tuple(_row(raw) for raw in data["rows"])
        errors = tuple(CollectionError(str(e["nodeid"]), str(e["message"])) for e in data["collection_errors"])
        return Results(
            rows, errors, int(data["exitstatus"]), bool(data["interrupted"]), str(data["target"]), str(data["python"])
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ResultsError(f"{where} has a malformed row: {error!r}") from None


def _row(raw: Mapping[str, Any]) -> Row:
    return Row(
        nodeid=str(raw["nodeid"]),
        topic=str(raw["topic"]),
        kata=raw["kata"],
        checklist=tuple(raw["checklist"]),
        outcome=str(raw["outcome"]),
        when=raw["when"],
        exception=raw["exception"],
        exception_mro=tuple(raw["exception_mro"]),
        message=str(raw["message"]),
    )


def rows_from(records: Iterable[tuple[Mapping[str, Any], Failure | None]]) -> tuple[Row, ...]:
    """Rows from the plugin's KataResult records and the failure each carries (None when it did not fail)."""
    rows = []
    for record, failure in records:
        rows.append(Row(
            nodeid=record["nodeid"], topic=record["topic"], kata=record["kata"], checklist=tuple(record["checklist"]),
            outcome=record["outcome"], **(_failure_fields(failure) if failure else {}),
        ))
    return tuple(rows)


def _failure_fields(failure: Failure) -> dict[str, Any]:
    return {"when": failure.when, "exception": failure.exception, "exception_mro": failure.exception_mro,
            "message": failure.message}
