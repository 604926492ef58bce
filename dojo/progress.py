"""The learner's progress between runs: ``.dojo/progress.sqlite3`` under the repository root (git-ignored).

Per target (``katas``, ``solutions``): the last result of every kata test, and per kata its
attempts (failing runs in which its module had changed since the run before) and the hints
asked for, which set its hint tier: a kata the learner never touched shows its first hint only. SQLite in WAL mode, one transaction
per run and an upsert per test, so two runs side by side (``dojo watch`` beside a plain
pytest run, two topics at once) both keep their results, and a crash mid-write loses
nothing. Only the pytest controller writes.

A file that cannot be used (not a database, another schema, rows of the wrong shape) is
set aside with a time stamp, never overwritten, and progress starts afresh; the old
``progress.json`` of earlier versions is migrated once and kept beside it. Every such event
is one line in :attr:`ProgressStore.notices`, for the plugin to print.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

from dojo.practice import POINTS, Answer, ReviewState, Round, StoredRound, next_review
from dojo.readiness import KataResult, RecordError

SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 10_000  # another run's transaction is short: wait for it rather than fail

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS results (
    target TEXT NOT NULL, nodeid TEXT NOT NULL, topic TEXT NOT NULL, kata TEXT,
    checklist TEXT NOT NULL, outcome TEXT NOT NULL, recorded TEXT NOT NULL,
    PRIMARY KEY (target, nodeid)
);
CREATE TABLE IF NOT EXISTS katas (
    target TEXT NOT NULL, kata TEXT NOT NULL,
    attempts INTEGER NOT NULL, module_hash TEXT, hints_asked INTEGER NOT NULL,
    PRIMARY KEY (target, kata)
);
CREATE TABLE IF NOT EXISTS rounds (
    id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, topic TEXT NOT NULL, started TEXT NOT NULL,
    questions INTEGER NOT NULL, pressure INTEGER NOT NULL, seed INTEGER
);
CREATE TABLE IF NOT EXISTS answers (
    round INTEGER NOT NULL REFERENCES rounds (id), position INTEGER NOT NULL, question TEXT NOT NULL,
    topic TEXT NOT NULL, score TEXT NOT NULL, seconds REAL NOT NULL, typed TEXT NOT NULL, box INTEGER,
    PRIMARY KEY (round, position)
);
CREATE TABLE IF NOT EXISTS review (
    question TEXT PRIMARY KEY, topic TEXT NOT NULL, box INTEGER NOT NULL, due TEXT NOT NULL, updated TEXT NOT NULL
);
"""


class ProgressError(Exception):
    """The progress file is unusable; the store sets it aside."""


def progress_path(rootdir: Path) -> Path:
    return rootdir / ".dojo" / "progress.sqlite3"


@dataclass(frozen=True)
class KataState:
    attempts: int = 0  # failing runs in which the module had changed since the run before
    module_hash: str | None = None  # the module as the last run saw it
    hints_asked: int = 0  # tiers unlocked on request (dojo hint)


def module_hash(file: Path) -> str:
    """What a kata module holds now ("missing" when there is no file)."""
    try:
        return hashlib.sha1(file.read_bytes()).hexdigest()
    except OSError:
        return "missing"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")

_DEFINITION = re.compile(r"\bdef\s+(\w+)")


class ProgressStore:
    """The progress of one target, read once at start and written once at the end of a run."""

    def __init__(self, path: Path, target: str, *, readonly: bool = False):
        """readonly: an xdist worker, which reads hint tiers and leaves repairs to the controller."""
        self.path = path
        self.target = target
        self.notices: list[str] = []
        self.tests: dict[str, KataResult] = {}
        self.katas: dict[str, KataState] = {}
        if not readonly:
            self._migrate_json()
        try:
            self._read()
        except ProgressError as error:
            self.tests, self.katas = {}, {}
            if not readonly:
                self._set_aside(self.path, str(error))

    # ------------------------------------------------------------------ reading

    def hint_tier(self, kata: str, hint_count: int, runs_per_tier: int) -> int:
        """0-based index of the hint to show: one more tier per `runs_per_tier` attempts, or as asked for."""
        state = self.katas.get(kata, KataState())
        earned = max(state.attempts // max(runs_per_tier, 1), state.hints_asked)
        return max(0, min(earned, hint_count - 1))

    def earlier_results(self, rootdir: Path, exclude: set[str]) -> list[KataResult]:
        """Results from earlier runs for tests not in `exclude`, skipping tests that are gone (file or function)."""
        defined: dict[str, set[str]] = {}  # the functions each test file defines: one read and one scan per file
        results = []
        for nodeid, result in self.tests.items():
            if nodeid in exclude:
                continue
            file, _, name = nodeid.partition("::")
            if file not in defined:
                try:
                    defined[file] = set(_DEFINITION.findall((rootdir / file).read_text(encoding="utf-8")))
                except (OSError, UnicodeDecodeError):
                    defined[file] = set()
            if name.rsplit("::", 1)[-1].split("[", 1)[0] in defined[file]:
                results.append(result)
        return results

    def _read(self) -> None:
        if not self.path.exists():
            return
        try:
            with self._connect(write=False) as db:
                self.tests = {
                    result.nodeid: result
                    for result in map(_row_to_result, db.execute(
                        "SELECT nodeid, topic, kata, checklist, outcome, recorded FROM results WHERE target = ?",
                        (self.target,),
                    ))
                }
                self.katas = _kata_states(db, self.target)
        except (sqlite3.Error, RecordError, ValueError) as error:
            raise ProgressError(str(error)) from error

    @contextmanager
    def _connect(self, *, write: bool = True) -> Iterator[sqlite3.Connection]:
        """A connection in a transaction (committed on success), with the schema checked (and made, to write)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)) as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # WAL keeps it consistent; a power cut may lose the last run only
            db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                if not _check_schema(db, create=write):
                    db.execute("ROLLBACK")
                    yield _EMPTY
                    return
                yield db
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    # ------------------------------------------------------------------ writing

    def record(self, results: Iterable[KataResult], hashes: dict[str, str] | None = None) -> None:
        """Store one run's results and advance each kata's attempts, in one transaction.

        hashes: kata module -> module_hash() as this run saw it; a failing run counts as an
        attempt only when the module changed since the run before (the first run sets the baseline).
        """
        now = _now()
        kata_passed: dict[str, bool] = {}
        rows = []
        for result in results:
            rows.append((self.target, result.nodeid, result.topic, result.kata, json.dumps(list(result.checklist)),
                         result.outcome, now))
            if result.kata:
                kata_passed[result.kata] = kata_passed.get(result.kata, True) and result.outcome == "passed"

        def write(db: sqlite3.Connection) -> None:
            _upsert_results(db, rows)
            states = _kata_states(db, self.target)  # as they are now: another run may have written since we read
            for kata, passed in kata_passed.items():
                state = states.get(kata, KataState())
                seen = (hashes or {}).get(kata)
                changed = state.module_hash is not None and seen is not None and seen != state.module_hash
                attempts = state.attempts + (1 if changed and not passed else 0)
                _upsert_kata(db, self.target, kata, replace(state, attempts=attempts, module_hash=seen or state.module_hash))

        try:
            with self._connect() as db:
                write(db)
        except (sqlite3.DatabaseError, ProgressError) as error:
            # Became unusable since we read it (or another run broke it): keep it aside, save afresh.
            self._set_aside(self.path, str(error))
            with self._connect() as db:
                write(db)

    def ask_hint(self, kata: str, hint_count: int, runs_per_tier: int) -> int:
        """Unlock the next hint tier of a kata on request; return the tier to show now (0-based)."""
        with self._connect() as db:
            state = _kata_states(db, self.target).get(kata, KataState())
            current = self.hint_tier(kata, hint_count, runs_per_tier) if kata in self.katas else -1
            tier = min(current + 1, hint_count - 1)
            _upsert_kata(db, self.target, kata, replace(state, hints_asked=max(state.hints_asked, tier)))
        self.katas[kata] = replace(state, hints_asked=max(state.hints_asked, tier))
        return tier

    # ------------------------------------------------------------------ practice rounds (not per target)

    def record_round(self, practice_round: Round, today: date) -> Round:
        """Store a scored round and move each answered question's review box, in one transaction.

        Returns the round with each answer's box after it (None: not in review)."""

        def write(db: sqlite3.Connection) -> Round:
            cursor = db.execute(
                "INSERT INTO rounds (kind, topic, started, questions, pressure, seed) VALUES (?, ?, ?, ?, ?, ?)",
                (practice_round.kind, practice_round.topic, practice_round.started, practice_round.questions,
                 int(practice_round.pressure), practice_round.seed),
            )
            boxes = {s.question: s for s in _review_states(db)}  # as they are now: another round may have written
            answers = []
            for position, answer in enumerate(practice_round.answers):
                state = boxes.get(answer.question)
                box, due = next_review(state.box if state else None, answer.score, today)
                if box is None or due is None:
                    db.execute("DELETE FROM review WHERE question = ?", (answer.question,))
                    boxes.pop(answer.question, None)
                else:
                    db.execute("INSERT OR REPLACE INTO review VALUES (?, ?, ?, ?, ?)",
                               (answer.question, answer.topic, box, due.isoformat(), _now()))
                    boxes[answer.question] = ReviewState(answer.question, answer.topic, box, due)
                db.execute("INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           (cursor.lastrowid, position, answer.question, answer.topic, answer.score, answer.seconds,
                            answer.typed, box))
                answers.append(replace(answer, box=box))
            return replace(practice_round, answers=answers)

        try:
            with self._connect() as db:
                return write(db)
        except (sqlite3.DatabaseError, ProgressError) as error:
            self._set_aside(self.path, str(error))
            with self._connect() as db:
                return write(db)

    def rounds(self) -> list[StoredRound]:
        """Every stored round, oldest first, with its answers."""
        with self._practice() as db:
            answers: dict[int, list[Answer]] = {}
            query = "SELECT round, question, topic, score, seconds, typed, box FROM answers ORDER BY round, position"
            for round_id, question, topic, score, seconds, typed, box in db.execute(query):
                if score not in POINTS or not isinstance(seconds, (int, float)) or not (box is None or isinstance(box, int)):
                    raise ProgressError(f"an answer of round {round_id!r} has the wrong shape")
                answers.setdefault(round_id, []).append(Answer(str(question), str(topic), score, float(seconds), str(typed), box))
            return [
                StoredRound(round_id, str(kind), str(topic), str(started), int(questions), answers.get(round_id, []))
                for round_id, kind, topic, started, questions in db.execute(
                    "SELECT id, kind, topic, started, questions FROM rounds ORDER BY id"
                )
            ]

    def review_states(self) -> list[ReviewState]:
        """The questions in review, with their box and due date."""
        with self._practice() as db:
            return _review_states(db)

    @contextmanager
    def _practice(self) -> Iterator[sqlite3.Connection]:
        """A read of the practice tables; nothing when there is no file or an older one without them."""
        if not self.path.exists():
            yield _EMPTY
            return
        try:
            with self._connect(write=False) as db:
                tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                yield db if {"rounds", "answers", "review"} <= tables else _EMPTY
        except (sqlite3.Error, ValueError) as error:
            raise ProgressError(f"practice rounds unreadable: {error}") from error

    def clear(self) -> Path | None:
        """Forget all progress, keeping the old file as a time-stamped backup; returns where."""
        if not self.path.exists():
            return None
        return self._move_aside(self.path, "backup")

    # ------------------------------------------------------------------ files set aside

    def _set_aside(self, path: Path, why: str) -> None:
        kept = self._move_aside(path, "unreadable")
        self.notices.append(f"dojo: progress file unreadable ({why}), kept as {kept}; starting afresh")

    @staticmethod
    def _move_aside(path: Path, label: str) -> Path:
        """Rename path (and its WAL files) to a new time-stamped name; never overwrites an earlier one."""
        kept = path.with_name(f"{path.name}.{label}-{_stamp()}")
        while kept.exists():  # two in the same microsecond: still never overwrite
            kept = kept.with_name(kept.name + "-1")
        path.replace(kept)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.replace(kept.with_name(kept.name + suffix))
        return kept

    def _migrate_json(self) -> None:
        """Bring the progress.json of earlier versions into the database once; keep it as a backup."""
        old = self.path.with_name("progress.json")
        if not old.exists():
            return
        try:
            data = json.loads(old.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or not isinstance(data.get("targets"), dict):
                raise ValueError("no table of targets")
            with self._connect() as db:
                for target, record in data["targets"].items():
                    _migrate_target(db, target, record)
        except (OSError, ValueError, RecordError, TypeError, AttributeError, sqlite3.Error) as error:
            kept = self._move_aside(old, "unreadable")
            self.notices.append(f"dojo: old progress file unreadable ({error}), kept as {kept}")
            return
        kept = self._move_aside(old, "migrated")
        self.notices.append(f"dojo: progress moved to {self.path.name}; the old file is kept as {kept.name}")


def _check_schema(db: sqlite3.Connection, *, create: bool) -> bool:
    """True when the schema is there (made now, if create); False for an empty database; else ProgressError."""
    if create:
        # One statement at a time: executescript would commit the transaction we are in.
        for statement in filter(str.strip, _SCHEMA.split(";")):
            db.execute(statement)
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return False  # a database file with nothing in it yet: no progress
    if not {"meta", "results", "katas"} <= tables:
        raise ProgressError("not a dojo progress database")
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None and create:
        db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
    elif row is None or row[0] != str(SCHEMA_VERSION):
        raise ProgressError(f"schema version {row[0] if row else 'missing'}, this dojo reads {SCHEMA_VERSION}")
    return True


# Stands in for a connection to a database with no tables yet: every query finds nothing.
_EMPTY = sqlite3.connect(":memory:", check_same_thread=False)
for _statement in filter(str.strip, _SCHEMA.split(";")):
    _EMPTY.execute(_statement)


def _upsert_results(db: sqlite3.Connection, rows: Sequence[tuple[object, ...]]) -> None:
    """Per-test results replace earlier ones."""
    db.executemany(
        "INSERT INTO results VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (target, nodeid) DO UPDATE SET "
        "topic = excluded.topic, kata = excluded.kata, checklist = excluded.checklist, "
        "outcome = excluded.outcome, recorded = excluded.recorded",
        rows,
    )


def _upsert_kata(db: sqlite3.Connection, target: str, kata: str, state: KataState) -> None:
    db.execute(
        "INSERT OR REPLACE INTO katas VALUES (?, ?, ?, ?, ?)",
        (target, kata, state.attempts, state.module_hash, state.hints_asked),
    )


def _kata_states(db: sqlite3.Connection, target: str) -> dict[str, KataState]:
    states = {}
    query = "SELECT kata, attempts, module_hash, hints_asked FROM katas WHERE target = ?"
    for kata, attempts, seen, asked in db.execute(query, (target,)):
        counts_ok = all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in (attempts, asked))
        if not isinstance(kata, str) or not counts_ok or not (seen is None or isinstance(seen, str)):
            raise ProgressError(f"the hint state of {kata!r} has the wrong shape")
        states[kata] = KataState(attempts, seen, asked)
    return states


def _review_states(db: sqlite3.Connection) -> list[ReviewState]:
    states = []
    for question, topic, box, due in db.execute("SELECT question, topic, box, due FROM review ORDER BY question"):
        if not isinstance(question, str) or not isinstance(box, int) or not isinstance(due, str):
            raise ProgressError(f"the review state of {question!r} has the wrong shape")
        states.append(ReviewState(question, str(topic), box, date.fromisoformat(due)))
    return states


def _row_to_result(row: tuple[object, ...]) -> KataResult:
    nodeid, topic, kata, checklist, outcome, recorded = row
    try:
        items = json.loads(checklist) if isinstance(checklist, str) else None
    except ValueError:
        items = None
    return KataResult.from_record(
        {"nodeid": nodeid, "topic": topic, "kata": kata, "checklist": items, "outcome": outcome, "recorded": recorded}
    )


def _migrate_target(db: sqlite3.Connection, target: object, record: object) -> None:
    if not isinstance(target, str) or not isinstance(record, dict):
        raise ValueError(f"target {target!r} has the wrong shape")
    tests, failing = record.get("tests", {}), record.get("failing_runs", {})
    if not isinstance(tests, dict) or not isinstance(failing, dict):
        raise ValueError(f"target {target!r} has the wrong shape")
    for nodeid, test in tests.items():
        if not isinstance(test, dict):
            raise ValueError(f"test {nodeid!r} has the wrong shape")
        result = KataResult.from_record({"recorded": _now(), **test, "nodeid": nodeid})
        db.execute(
            "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?)",
            (target, result.nodeid, result.topic, result.kata, json.dumps(list(result.checklist)), result.outcome,
             result.recorded or _now()),
        )
    for kata, runs in failing.items():
        if not isinstance(runs, int) or isinstance(runs, bool) or runs < 0:
            raise ValueError(f"hint counter of {kata!r} is {runs!r}, not a count")
        _upsert_kata(db, target, str(kata), KataState(attempts=runs))
