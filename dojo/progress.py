"""The learner's progress between runs: ``.dojo/progress.sqlite3`` under the repository root (git-ignored).

Per target (``katas``, ``solutions``): the last result of every kata test, and per kata its
attempts (failing runs in which its module had changed since the run before) and the hints
asked for, which set its hint tier: a kata the learner never touched shows its first hint only. SQLite in WAL mode, one transaction
per run and an upsert per test, so two runs side by side (``dojo watch`` beside a plain
pytest run, two topics at once) both keep their results, and a crash mid-write loses
nothing. Only the pytest controller writes.

A file that really cannot be read (not a database, another schema, rows of the wrong shape)
is set aside with a time stamp, never overwritten, and progress starts afresh; the old
``progress.json`` of earlier versions is migrated once and kept beside it. A store that is
only *unavailable* is never set aside: one locked by another run is waited for (a bound,
:data:`BUSY_TIMEOUT_MS`), then this run's results are kept in a side file that the next run
merges; one that cannot be written (a read-only ``.dojo/``, a root-owned file left by
``sudo pytest``) is read if it can be, and the run goes on without saving. Every such event
is one line in :attr:`ProgressStore.notices`, for the plugin (or the command) to print.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar

from dojo.isolation import read_source
from dojo.practice import POINTS, Answer, ReviewState, Round, StoredRound, next_review
from dojo.readiness import KataResult, RecordError, Snapshot

# 2: the history table (one row per saved run). A version-1 store is read as it is and upgraded by
# the first run that writes it: its tables are kept whole, its history starts with that run.
SCHEMA_VERSION = 2
READABLE_VERSIONS = ("1", "2")
BUSY_TIMEOUT_MS = 10_000  # another run's transaction is short: wait for it this long, then keep results aside
KEPT_PREFIX = "progress-kept-"  # .dojo/progress-kept-<time>.json: a run's results kept while the store was locked
T = TypeVar("T")

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
CREATE TABLE IF NOT EXISTS history (
    id INTEGER PRIMARY KEY AUTOINCREMENT, target TEXT NOT NULL, recorded TEXT NOT NULL, topics TEXT NOT NULL,
    checklist_done INTEGER NOT NULL, checklist_total INTEGER NOT NULL, elimination TEXT NOT NULL,
    elimination_total INTEGER NOT NULL, ready INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS history_by_target ON history (target, recorded);
"""


class ProgressError(Exception):
    """The progress file is unusable; the store sets it aside."""


class ProgressUnavailable(ProgressError):
    """The progress file is fine but cannot be used now: locked by another run, or not writable. Never set aside."""

    def __init__(self, message: str, *, locked: bool = False):
        super().__init__(message)
        self.locked = locked


# SQLite's result codes for a file that is fine but cannot be used now (extended codes share the prefix).
_LOCKED_CODES = ("SQLITE_BUSY", "SQLITE_LOCKED")
_UNAVAILABLE_CODES = ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_IOERR", "SQLITE_FULL", "SQLITE_AUTH")


def _unavailable(error: BaseException) -> ProgressUnavailable | None:
    """The error as a ProgressUnavailable when it says locked or not writable; None when the file itself is bad."""
    if isinstance(error, ProgressUnavailable):
        return error
    if isinstance(error, OSError):
        return ProgressUnavailable(f"{error.strerror or error}")
    if not isinstance(error, sqlite3.Error):
        return None
    code = getattr(error, "sqlite_errorname", "") or ""
    if code.startswith(_LOCKED_CODES) or (not code and "locked" in str(error)):
        return ProgressUnavailable(str(error), locked=True)
    if code.startswith(_UNAVAILABLE_CODES):
        return ProgressUnavailable(str(error))
    return None


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

# A literal start lets re skip to each "def" at once; a leading \b made the scan ten times slower (it ran on every
# character of every test file, for every run's report). The word boundary is checked on the match instead.
_DEFINITION = re.compile(r"def\s+(\w+)")


# test file -> (mtime_ns, size, the names it defines). Read once per process, again only when the file changes;
# the watch loop's parent fills it (warm_definitions), so every run it forks starts with it warm.
_DEFINED: dict[Path, tuple[int, int, set[str]]] = {}


def defined_in(file: Path) -> set[str]:
    """The names a test file defines (empty when it cannot be read)."""
    try:
        stat = file.stat()
        cached = _DEFINED.get(file)
        if cached is not None and cached[:2] == (stat.st_mtime_ns, stat.st_size):
            return cached[2]
        names = _defined_names(read_source(file))
    except OSError:
        return set()
    _DEFINED[file] = (stat.st_mtime_ns, stat.st_size, names)
    return names


def warm_definitions(katas: Path) -> None:
    """Read every kata test file's definitions now (the watch loop's parent, before it forks its runs)."""
    for file in katas.glob("*/test_*.py"):
        defined_in(file)


def _defined_names(source: str) -> set[str]:
    """The names after each `def` in source (a superset of the functions it defines: comments and strings count too)."""
    names = set()
    for match in _DEFINITION.finditer(source):
        before = source[match.start() - 1] if match.start() else " "
        if not (before.isalnum() or before == "_"):
            names.add(match.group(1))
    return names


class ProgressStore:
    """The progress of one target, read once at start and written once at the end of a run."""

    def __init__(
        self, path: Path, target: str, *, readonly: bool = False, announce: Callable[[str], None] | None = None
    ):
        """readonly: an xdist worker, which reads hint tiers and leaves repairs to the controller.

        announce: called with each notice at once (the command prints them), instead of keeping
        them in :attr:`notices` (the plugin prints those after its report).
        """
        self.path = path
        self.target = target
        self.notices: list[str] = []
        self._announce = announce
        self.tests: dict[str, KataResult] = {}
        self.katas: dict[str, KataState] = {}
        if not readonly:
            self._migrate_json()
            self._merge_kept()
        try:
            self._read()
        except ProgressUnavailable as error:
            self.tests, self.katas = {}, {}
            self._notice(f"dojo: progress could not be read ({error}); this run starts without it")
        except ProgressError as error:
            self.tests, self.katas = {}, {}
            if not readonly:
                self._set_aside(self.path, str(error))

    def _notice(self, line: str) -> None:
        if self._announce is not None:
            self._announce(line)
        else:
            self.notices.append(line)

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
                defined[file] = defined_in(rootdir / file)
            if name.rsplit("::", 1)[-1].split("[", 1)[0] in defined[file]:
                results.append(result)
        return results

    def _read(self) -> None:
        if not self.path.exists():
            return
        try:
            self._read_from(immutable=False)
        except ProgressUnavailable as error:
            if error.locked:
                raise
            # A read-only folder or file: SQLite cannot make its lock files, but the data can still be read.
            self._read_from(immutable=True)

    def _read_from(self, *, immutable: bool) -> None:
        try:
            with self._connect(write=False, immutable=immutable) as db:
                self.tests = {
                    result.nodeid: result
                    for result in map(_row_to_result, db.execute(
                        "SELECT nodeid, topic, kata, checklist, outcome, recorded FROM results WHERE target = ?",
                        (self.target,),
                    ))
                }
                self.katas = _kata_states(db, self.target)
        except (sqlite3.Error, OSError, RecordError, ValueError) as error:
            raise _unavailable(error) or ProgressError(str(error)) from error

    @contextmanager
    def _connect(self, *, write: bool = True, immutable: bool = False) -> Iterator[sqlite3.Connection]:
        """A connection in a transaction (committed on success), with the schema checked (and made, to write)."""
        if write:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(_open(self.path, immutable=immutable)) as db:
            if write:
                _use_wal(db)
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

    def record(
        self, results: Iterable[KataResult], hashes: dict[str, str] | None = None, summary: Snapshot | None = None
    ) -> None:
        """Store one run's results and advance each kata's attempts, in one transaction.

        hashes: kata module -> module_hash() as this run saw it; a failing run counts as an
        attempt only when the module changed since the run before (the first run sets the baseline).
        summary: the run's readiness in numbers, added to the history with this save's time (unless it has one).
        """
        now = _now()
        kata_passed: dict[str, bool] = {}
        rows: list[tuple[object, ...]] = []
        for result in results:
            rows.append((self.target, result.nodeid, result.topic, result.kata, json.dumps(list(result.checklist)),
                         result.outcome, now))
            if result.kata:
                kata_passed[result.kata] = kata_passed.get(result.kata, True) and result.outcome == "passed"
        history = _history_row(replace(summary, recorded=summary.recorded or now)) if summary is not None else None
        write = _writer(self.target, rows, hashes or {}, kata_passed, history)
        try:
            self._write(write)
        except ProgressUnavailable as error:
            if not error.locked:
                self._notice(
                    f"dojo: progress not saved: {_shown(self.path)} cannot be written ({error}); "
                    "check the permissions of .dojo/ (a `sudo pytest` leaves files only root can write)"
                )
                return
            kept = self._keep_aside(rows, hashes or {}, kata_passed, history)
            where = f"results of this run kept in {_shown(kept)} (saved by the next run)" if kept else (
                "results of this run could not be kept either")
            self._notice(f"dojo: another dojo or pytest is writing progress; {where}")

    def _write(self, write: Callable[[sqlite3.Connection], T]) -> T:
        """Run write in one transaction; a file that cannot be read is set aside once, then written afresh."""
        try:
            with self._connect() as db:
                return write(db)
        except (sqlite3.Error, OSError, ProgressError) as error:
            if unavailable := _unavailable(error):
                raise unavailable from error
            # Became unusable since we read it (or another run broke it): keep it aside, save afresh.
            if not self._set_aside(self.path, str(error)):
                raise ProgressUnavailable(f"it cannot be read, nor set aside: {error}") from error
        try:
            with self._connect() as db:
                return write(db)
        except (sqlite3.Error, OSError) as error:
            raise _unavailable(error) or ProgressError(str(error)) from error

    def _keep_aside(
        self, rows: list[tuple[object, ...]], hashes: dict[str, str], kata_passed: dict[str, bool],
        history: tuple[object, ...] | None,
    ) -> Path | None:
        """This run's results in a side file for the next run to merge; None when even that cannot be written."""
        kept = self.path.with_name(f"{KEPT_PREFIX}{_stamp()}.json")
        record = {"target": self.target, "rows": rows, "hashes": hashes, "passed": kata_passed, "history": history}
        try:
            kept.write_text(json.dumps(record), encoding="utf-8")
        except OSError:
            return None
        return kept

    def _merge_kept(self) -> None:
        """Save the results earlier runs kept aside while another run held the store; then delete their files."""
        try:
            kept_files = sorted(self.path.parent.glob(f"{KEPT_PREFIX}*.json"))
        except OSError:
            return
        for kept in kept_files:
            try:
                record = json.loads(kept.read_text(encoding="utf-8"))
                rows = [tuple(row) for row in record["rows"]]
                hashes, passed = dict(record["hashes"]), dict(record["passed"])
                history = record.get("history")  # absent in files kept by a version-1 dojo
                history = tuple(history) if isinstance(history, list) and len(history) == len(_HISTORY_COLUMNS) else None
            except (OSError, ValueError, KeyError, TypeError):
                continue  # not ours to judge: left where it is
            try:
                self._write(_writer(str(record.get("target", self.target)), rows, hashes, passed, history))
                kept.unlink()
            except (ProgressError, OSError):
                return  # still locked or not writable: the next run tries again

    def ask_hint(self, kata: str, hint_count: int, runs_per_tier: int) -> int:
        """Unlock the next hint tier of a kata on request; return the tier to show now (0-based).

        A store that cannot be written still shows the tier (one notice says it was not kept)."""
        current = self.hint_tier(kata, hint_count, runs_per_tier) if kata in self.katas else -1
        tier = min(current + 1, hint_count - 1)

        def write(db: sqlite3.Connection) -> KataState:
            state = _kata_states(db, self.target).get(kata, KataState())
            state = replace(state, hints_asked=max(state.hints_asked, tier))
            _upsert_kata(db, self.target, kata, state)
            return state

        try:
            self.katas[kata] = self._write(write)
        except ProgressUnavailable as error:
            self.katas[kata] = replace(self.katas.get(kata, KataState()), hints_asked=tier)
            self._notice(f"dojo: the hint asked for is not saved: {_shown(self.path)} cannot be written ({error})")
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

        return self._write(write)  # ProgressUnavailable (a ProgressError) when it cannot be saved

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

    def history(self) -> list[Snapshot]:
        """This target's saved runs, oldest first (none before the store had a history: schema version 1)."""
        with self._practice() as db:
            tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "history" not in tables:
                return []
            query = f"SELECT {', '.join(_HISTORY_COLUMNS)} FROM history WHERE target = ? ORDER BY recorded, id"
            return [_row_to_snapshot(row) for row in db.execute(query, (self.target,))]

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
        except (sqlite3.Error, OSError, ValueError) as error:
            if unavailable := _unavailable(error):
                raise ProgressUnavailable(f"practice rounds cannot be read now: {unavailable}") from error
            raise ProgressError(f"practice rounds unreadable: {error}") from error

    def clear(self) -> Path | None:
        """Forget all progress, keeping the old file as a time-stamped backup; returns where."""
        if not self.path.exists():
            return None
        return self._move_aside(self.path, "backup")

    # ------------------------------------------------------------------ files set aside

    def _set_aside(self, path: Path, why: str) -> bool:
        """Move a file that cannot be read aside (one notice); False when even that is not possible."""
        try:
            kept = self._move_aside(path, "unreadable")
        except OSError as error:
            self._notice(
                f"dojo: progress file unreadable ({why}) and it cannot be set aside ({error.strerror}); "
                "this run starts without it and saves nothing"
            )
            return False
        self._notice(f"dojo: progress file unreadable ({why}), kept as {kept}; starting afresh")
        return True

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
            if _unavailable(error):
                return  # the database is locked or not writable: the next run migrates it
            try:
                kept = self._move_aside(old, "unreadable")
            except OSError:
                return
            self._notice(f"dojo: old progress file unreadable ({error}), kept as {kept}")
            return
        try:
            kept = self._move_aside(old, "migrated")
        except OSError:
            return
        self._notice(f"dojo: progress moved to {self.path.name}; the old file is kept as {kept.name}")


def _open(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A connection that waits BUSY_TIMEOUT_MS for another run's transaction; immutable: read without locks."""
    timeout = BUSY_TIMEOUT_MS / 1000
    if immutable:
        return sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True, timeout=timeout, isolation_level=None)
    return sqlite3.connect(path, timeout=timeout, isolation_level=None)


def _use_wal(db: sqlite3.Connection) -> None:
    """Put the file in WAL mode (it stays so), waiting as long as for a lock.

    Two runs that create the file at once race to switch its mode: SQLite answers the loser BUSY
    at once, without its busy handler (it would deadlock), so the switch is retried here.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.005
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            locked = _unavailable(error)
            if not (locked and locked.locked) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)  # the winner's switch takes milliseconds
        pause = min(pause * 2, 0.1)


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except (ValueError, OSError):
        return str(path)


def _writer(
    target: str, rows: list[tuple[object, ...]], hashes: dict[str, str], kata_passed: dict[str, bool],
    history: tuple[object, ...] | None = None,
) -> Callable[[sqlite3.Connection], None]:
    """One run's write: its results, its history row, and each kata's attempts advanced (a failing run that
    changed the module)."""

    def write(db: sqlite3.Connection) -> None:
        _upsert_results(db, rows)
        if history is not None:
            db.execute(f"INSERT INTO history ({', '.join(_HISTORY_COLUMNS)}) VALUES ({', '.join('?' * len(history))})",
                       history)
        states = _kata_states(db, target)  # as they are now: another run may have written since we read
        for kata, passed in kata_passed.items():
            state = states.get(kata, KataState())
            seen = hashes.get(kata)
            changed = state.module_hash is not None and seen is not None and seen != state.module_hash
            attempts = state.attempts + (1 if changed and not passed else 0)
            _upsert_kata(db, target, kata, replace(state, attempts=attempts, module_hash=seen or state.module_hash))

    return write


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
    elif row is None or row[0] not in READABLE_VERSIONS:
        raise ProgressError(f"schema version {row[0] if row else 'missing'}, this dojo reads {', '.join(READABLE_VERSIONS)}")
    elif create and row[0] != str(SCHEMA_VERSION):
        # An older store: every table it has is kept as it is; the new ones were made above.
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
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


_HISTORY_COLUMNS = ("target", "recorded", "topics", "checklist_done", "checklist_total", "elimination",
                    "elimination_total", "ready")


def _history_row(summary: Snapshot) -> tuple[object, ...]:
    topics = {topic: list(counts) for topic, counts in summary.topics.items()}
    return (summary.target, summary.recorded, json.dumps(topics, sort_keys=True), summary.checklist_done,
            summary.checklist_total, json.dumps(list(summary.elimination)), summary.elimination_total, int(summary.ready))


def _row_to_snapshot(row: tuple[object, ...]) -> Snapshot:
    target, recorded, topics, done, total, elimination, elimination_total, ready = row
    try:
        counts = json.loads(topics) if isinstance(topics, str) else None
        proven = json.loads(elimination) if isinstance(elimination, str) else None
    except ValueError:
        counts = proven = None
    if not (
        isinstance(recorded, str) and isinstance(target, str) and ready in (0, 1)
        and isinstance(done, int) and isinstance(total, int) and isinstance(elimination_total, int)
        and isinstance(counts, dict) and isinstance(proven, list) and all(isinstance(n, int) for n in proven)
        and all(isinstance(v, list) and len(v) == 2 and all(isinstance(n, int) for n in v) for v in counts.values())
    ):
        raise ProgressError(f"a history row of {recorded!r} has the wrong shape")
    return Snapshot(
        recorded=recorded, target=target, topics={str(k): (v[0], v[1]) for k, v in counts.items()},
        checklist_done=done, checklist_total=total, elimination=tuple(proven), elimination_total=elimination_total,
        ready=bool(ready),
    )


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
