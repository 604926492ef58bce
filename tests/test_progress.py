"""The progress store: SQLite, concurrent runs, files of the wrong shape, the old JSON format."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from dojo.progress import SCHEMA_VERSION, ProgressError, ProgressStore, progress_path
from dojo.readiness import KataResult, Snapshot
from tests.support.demo import DEMO_FILES, write_all

pytestmark = pytest.mark.timeout(120)  # spawned processes start slowly on a loaded machine


def _result(nodeid: str, outcome: str = "passed", kata: str = "closures", topic: str = "08_scope") -> KataResult:
    return KataResult(f"katas/{topic}/{nodeid}", topic, kata, ("scope.legb",), outcome)  # type: ignore[arg-type]


def _store(tmp_path: Path, target: str = "katas") -> ProgressStore:
    return ProgressStore(progress_path(tmp_path), target)


def test_results_and_attempts_survive_between_runs(tmp_path):
    _store(tmp_path).record([_result("test_a.py::t1"), _result("test_a.py::t2", "failed")], {"closures": "v1"})
    _store(tmp_path).record([_result("test_a.py::t2", "failed")], {"closures": "v2"})
    store = _store(tmp_path)
    assert {n: r.outcome for n, r in store.tests.items()} == {
        "katas/08_scope/test_a.py::t1": "passed",
        "katas/08_scope/test_a.py::t2": "failed",
    }
    assert store.katas["closures"].attempts == 1 and store.katas["closures"].module_hash == "v2"
    assert all(r.earlier for r in store.tests.values())


def test_only_failing_runs_that_changed_the_module_are_attempts(tmp_path):
    failing = [_result("test_a.py::t1", "failed")]
    for version in ("stub", "stub", "stub", "try 1", "try 1", "try 2", "try 3", "try 3"):
        _store(tmp_path).record(failing, {"closures": version})
    store = _store(tmp_path)
    assert store.katas["closures"].attempts == 3, "the first run sets the baseline; unchanged runs are no attempts"
    assert store.hint_tier("closures", 3, runs_per_tier=3) == 1
    assert store.hint_tier("closures", 3, runs_per_tier=1) == 2, "never past the last hint"


def test_a_kata_never_touched_shows_its_first_hint_only(tmp_path):
    for _ in range(10):
        _store(tmp_path).record([_result("test_a.py::t1", "failed")], {"closures": "stub"})
    assert _store(tmp_path).hint_tier("closures", 3, runs_per_tier=1) == 0


def test_asking_for_a_hint_unlocks_the_next_tier_and_is_kept(tmp_path):
    _store(tmp_path).record([_result("test_a.py::t1", "failed")], {"closures": "stub"})
    assert _store(tmp_path).ask_hint("closures", 3, runs_per_tier=3) == 1
    assert _store(tmp_path).ask_hint("closures", 3, runs_per_tier=3) == 2
    assert _store(tmp_path).ask_hint("closures", 3, runs_per_tier=3) == 2, "the last tier stays the last"
    assert _store(tmp_path).hint_tier("closures", 3, runs_per_tier=3) == 2


def test_runs_of_two_topics_at_once_keep_both(tmp_path):
    # Both runs read the store before either writes: a whole-file rewrite would lose one.
    first, second = _store(tmp_path), _store(tmp_path)
    first.record([_result("test_a.py::t1")])
    second.record([_result("test_b.py::t1", topic="09_functions", kata="defaults")])
    assert set(_store(tmp_path).tests) == {"katas/08_scope/test_a.py::t1", "katas/09_functions/test_b.py::t1"}


def test_runs_of_one_kata_at_once_count_both_attempts(tmp_path):
    _store(tmp_path).record([_result("test_a.py::t1", "failed")], {"closures": "v0"})
    first, second = _store(tmp_path), _store(tmp_path)
    first.record([_result("test_a.py::t1", "failed")], {"closures": "v1"})
    second.record([_result("test_a.py::t1", "failed")], {"closures": "v2"})
    assert _store(tmp_path).katas["closures"].attempts == 2


RECORD_MANY = """
import sys
from pathlib import Path
from dojo.progress import ProgressStore
from dojo.readiness import KataResult

path, worker = Path(sys.argv[1]), sys.argv[2]
store = ProgressStore(path, "katas")
for run in range(20):
    result = KataResult(f"katas/08_scope/test_{worker}.py::t{run}", "08_scope", "closures", ("scope.legb",), "failed")
    store.record([result], {"closures": f"{worker}-{run}"})
"""


def test_processes_writing_side_by_side_lose_nothing(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    path = str(progress_path(tmp_path))
    writers = [subprocess.Popen([sys.executable, "-c", RECORD_MANY, path, str(w)], env=env) for w in range(2)]
    assert [writer.wait(timeout=60) for writer in writers] == [0, 0]
    store = _store(tmp_path)
    assert len(store.tests) == 40
    assert store.katas["closures"].attempts == 39, "every run changed the module; the first set the baseline"


@pytest.mark.parametrize(
    "garbage",
    [b"not a database", b"SQLite format 3\x00" + b"\x00" * 200],
    ids=["text", "torn-header"],
)
def test_a_file_that_is_not_a_database_is_kept_aside_and_progress_starts_afresh(tmp_path, garbage):
    path = progress_path(tmp_path)
    path.parent.mkdir()
    path.write_bytes(garbage)
    store = _store(tmp_path)
    assert store.tests == {} and len(store.notices) == 1
    assert "progress file unreadable" in store.notices[0] and "kept as" in store.notices[0]
    kept = list(path.parent.glob("progress.sqlite3.unreadable-*"))
    assert [p.read_bytes() for p in kept] == [garbage]
    store.record([_result("test_a.py::t1")])
    assert set(_store(tmp_path).tests) == {"katas/08_scope/test_a.py::t1"}


def test_rows_of_the_wrong_shape_are_set_aside(tmp_path):
    _store(tmp_path).record([_result("test_a.py::t1")])
    with closing(sqlite3.connect(progress_path(tmp_path))) as db, db:
        db.execute("UPDATE results SET outcome = 'maybe', checklist = '\"scope.legb\"'")
    store = _store(tmp_path)
    assert store.tests == {} and "progress file unreadable" in store.notices[0]


def test_another_schema_version_is_set_aside(tmp_path):
    _store(tmp_path).record([_result("test_a.py::t1")])
    with closing(sqlite3.connect(progress_path(tmp_path))) as db, db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    assert "schema version 99" in _store(tmp_path).notices[0]


def _summary(done: int, proven: tuple[int, ...] = (), ready: bool = False) -> Snapshot:
    return Snapshot("", "katas", {"08_scope": (done, 4)}, done, 40, proven, 10, ready)


def test_each_saved_run_adds_a_row_to_the_history(tmp_path):
    _store(tmp_path).record([_result("test_a.py::t1", "failed")], summary=_summary(1))
    _store(tmp_path).record([_result("test_a.py::t1")], summary=_summary(3, (1, 7)))
    _store(tmp_path, "solutions").record([_result("test_a.py::t1")], summary=replace(_summary(4), target="solutions"))
    _store(tmp_path).record([_result("test_a.py::t1")])  # no summary (a tool's own run): no row
    history = _store(tmp_path).history()
    assert [(row.checklist_done, row.elimination, row.topics) for row in history] == [
        (1, (), {"08_scope": (1, 4)}), (3, (1, 7), {"08_scope": (3, 4)})]
    assert all(row.recorded and row.target == "katas" for row in history), "the save's own time, this target's rows only"
    assert history[1].checklist_share == 3 / 40
    assert [row.checklist_done for row in _store(tmp_path, "solutions").history()] == [4]


def test_a_history_row_of_the_wrong_shape_is_named(tmp_path):
    _store(tmp_path).record([_result("test_a.py::t1")], summary=_summary(1))
    with closing(sqlite3.connect(progress_path(tmp_path))) as db, db:
        db.execute("UPDATE history SET topics = '[1, 2]'")
    with pytest.raises(ProgressError, match="history row"):
        _store(tmp_path).history()


# The schema of version 1, as dojo wrote it before the history table: a store file in the old format.
_VERSION_1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE results (target TEXT NOT NULL, nodeid TEXT NOT NULL, topic TEXT NOT NULL, kata TEXT,
    checklist TEXT NOT NULL, outcome TEXT NOT NULL, recorded TEXT NOT NULL, PRIMARY KEY (target, nodeid));
CREATE TABLE katas (target TEXT NOT NULL, kata TEXT NOT NULL, attempts INTEGER NOT NULL, module_hash TEXT,
    hints_asked INTEGER NOT NULL, PRIMARY KEY (target, kata));
CREATE TABLE rounds (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, topic TEXT NOT NULL,
    started TEXT NOT NULL, questions INTEGER NOT NULL, pressure INTEGER NOT NULL, seed INTEGER);
CREATE TABLE answers (round INTEGER NOT NULL REFERENCES rounds (id), position INTEGER NOT NULL, question TEXT NOT NULL,
    topic TEXT NOT NULL, score TEXT NOT NULL, seconds REAL NOT NULL, typed TEXT NOT NULL, box INTEGER,
    PRIMARY KEY (round, position));
CREATE TABLE review (question TEXT PRIMARY KEY, topic TEXT NOT NULL, box INTEGER NOT NULL, due TEXT NOT NULL,
    updated TEXT NOT NULL);
INSERT INTO meta VALUES ('schema_version', '1');
INSERT INTO results VALUES ('katas', 'katas/08_scope/test_a.py::t1', '08_scope', 'closures', '["scope.legb"]', 'passed',
    '2026-11-01T10:00:00+00:00');
INSERT INTO results VALUES ('katas', 'katas/08_scope/test_a.py::t2', '08_scope', 'closures', '["scope.legb"]', 'failed',
    '2026-11-01T10:00:00+00:00');
INSERT INTO katas VALUES ('katas', 'closures', 2, 'abc', 1);
INSERT INTO rounds VALUES (1, 'drill', 'elimination', '2026-11-02T09:00:00+00:00', 10, 0, 7);
INSERT INTO answers VALUES (1, 0, 'elimination:3', 'elimination', 'miss', 4.5, 'b', 1);
INSERT INTO review VALUES ('elimination:3', 'elimination', 1, '2026-11-02', '2026-11-02T09:00:00+00:00');
"""


def test_a_version_1_store_is_read_as_it_is_and_upgraded_without_loss_by_the_next_save(tmp_path):
    path = progress_path(tmp_path)
    path.parent.mkdir()
    with closing(sqlite3.connect(path)) as db:
        db.executescript(_VERSION_1)
    before = _store(tmp_path)
    assert {n: r.outcome for n, r in before.tests.items()} == {
        "katas/08_scope/test_a.py::t1": "passed", "katas/08_scope/test_a.py::t2": "failed"}
    assert before.history() == [] and before.notices == [], "read as it is: no history yet, nothing set aside"
    assert [r.kind for r in before.rounds()] == ["drill"] and before.review_states()[0].box == 1

    before.record([_result("test_a.py::t2")], {"closures": "abc"}, summary=_summary(2))
    after = _store(tmp_path)
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)
    assert SCHEMA_VERSION == 2
    assert {n: r.outcome for n, r in after.tests.items()} == {
        "katas/08_scope/test_a.py::t1": "passed", "katas/08_scope/test_a.py::t2": "passed"}
    assert after.tests["katas/08_scope/test_a.py::t1"].recorded == "2026-11-01T10:00:00+00:00", "old rows kept as they were"
    assert after.katas["closures"].attempts == 2 and after.katas["closures"].hints_asked == 1
    assert [(r.kind, [a.score for a in r.answers]) for r in after.rounds()] == [("drill", ["miss"])]
    assert [s.question for s in after.review_states()] == ["elimination:3"]
    assert [row.checklist_done for row in after.history()] == [2], "the history starts with the first save"
    assert not list(path.parent.glob("progress.sqlite3.*-*")), "nothing set aside"


def test_results_kept_aside_keep_their_history_row(tmp_path, monkeypatch):
    monkeypatch.setattr("dojo.progress.BUSY_TIMEOUT_MS", 50)
    _store(tmp_path).record([_result("test_a.py::t1")], summary=_summary(1))
    with closing(sqlite3.connect(progress_path(tmp_path), isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # another run in the middle of its write
        blocked = _store(tmp_path)
        blocked.record([_result("test_a.py::t1")], summary=_summary(2))
        other.execute("ROLLBACK")
    assert "kept in" in blocked.notices[-1]
    assert [row.checklist_done for row in _store(tmp_path).history()] == [1, 2], "merged by the next run"


def test_every_backup_is_kept(tmp_path):
    path = progress_path(tmp_path)
    path.parent.mkdir()
    for garbage in (b"one", b"two", b"three"):
        path.write_bytes(garbage)
        _store(tmp_path).record([_result("test_a.py::t1")])
    kept = sorted(p.read_bytes() for p in path.parent.glob("progress.sqlite3.unreadable-*"))
    assert kept == [b"one", b"three", b"two"]


def _old_format(tmp_path: Path, data: object) -> Path:
    old = tmp_path / ".dojo" / "progress.json"
    old.parent.mkdir(exist_ok=True)
    old.write_text(json.dumps(data), encoding="utf-8")
    return old


def test_the_old_json_file_is_migrated_once_and_kept(tmp_path):
    old = _old_format(tmp_path, {"version": 1, "targets": {"katas": {
        "tests": {"katas/08_scope/test_a.py::t1": {"topic": "08_scope", "kata": "closures", "checklist": ["scope.legb"],
                                                  "outcome": "failed", "recorded": "2026-01-01T00:00:00+00:00"}},
        "failing_runs": {"closures": 4},
    }}})
    store = _store(tmp_path)
    assert store.tests["katas/08_scope/test_a.py::t1"].outcome == "failed"
    assert store.katas["closures"].attempts == 4
    assert not old.exists() and len(list(old.parent.glob("progress.json.migrated-*"))) == 1
    assert "progress moved to progress.sqlite3" in store.notices[0]
    assert _store(tmp_path).notices == [], "migrated once"


@pytest.mark.parametrize(
    "data",
    [
        {"version": 1, "targets": []},
        {"version": 1, "targets": {"katas": {"tests": {}, "failing_runs": {"closures": "3"}}}},
        {"version": 1, "targets": {"katas": {"tests": {"katas/08_scope/test_a.py::t1": "passed"}}}},
        {"version": 1, "targets": {"katas": {"tests": {"katas/08_scope/test_a.py::t1": {"outcome": "passed"}}}}},
        [],
    ],
    ids=["targets-a-list", "counter-a-string", "record-a-string", "record-without-topic", "a-list"],
)
def test_an_old_json_file_of_the_wrong_shape_is_kept_aside_and_never_bricks_a_run(tmp_path, data):
    old = _old_format(tmp_path, data)
    store = _store(tmp_path)
    assert store.tests == {} and store.katas == {}
    assert len(store.notices) == 1 and "old progress file unreadable" in store.notices[0]
    assert not old.exists() and len(list(old.parent.glob("progress.json.unreadable-*"))) == 1
    store.record([_result("test_a.py::t1")])
    assert len(_store(tmp_path).tests) == 1


def test_clear_keeps_a_backup(tmp_path):
    _store(tmp_path).record([_result("test_a.py::t1")])
    kept = _store(tmp_path).clear()
    assert kept is not None and kept.exists() and _store(tmp_path).tests == {}


def test_a_worker_reads_but_never_repairs(tmp_path):
    path = progress_path(tmp_path)
    path.parent.mkdir()
    path.write_bytes(b"garbage")
    store = ProgressStore(path, "katas", readonly=True)
    assert store.tests == {} and store.notices == []
    assert path.read_bytes() == b"garbage", "only the controller sets a file aside"


def test_results_of_tests_that_are_gone_are_not_carried_over(tmp_path):
    tests = tmp_path / "katas" / "08_scope" / "test_a.py"
    tests.parent.mkdir(parents=True)
    tests.write_text("def test_kept():\n    pass\n", encoding="utf-8")
    _store(tmp_path).record([_result("test_a.py::test_kept"), _result("test_a.py::test_renamed"), _result("test_b.py::t")])
    carried = _store(tmp_path).earlier_results(tmp_path, exclude=set())
    assert [r.nodeid for r in carried] == ["katas/08_scope/test_a.py::test_kept"]


# --------------------------------------------------------------------------- locked or not writable: never corrupt


def _set_aside_files(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in (tmp_path / ".dojo").iterdir() if ".unreadable-" in p.name or ".backup-" in p.name)


def test_a_store_locked_by_another_run_is_waited_for_then_this_runs_results_are_kept_and_merged(tmp_path, monkeypatch):
    monkeypatch.setattr("dojo.progress.BUSY_TIMEOUT_MS", 50)
    _store(tmp_path).record([_result("test_a.py::t1")])
    with closing(sqlite3.connect(progress_path(tmp_path), isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # another dojo or pytest in the middle of its write
        store = _store(tmp_path)
        assert set(store.tests) == {"katas/08_scope/test_a.py::t1"}, "a reader is never blocked by a writer"
        store.record([_result("test_b.py::t1", "failed")], {"closures": "v1"})
        other.execute("ROLLBACK")
    assert _set_aside_files(tmp_path) == [], "a lock is not corruption"
    [notice] = store.notices
    assert "another dojo or pytest is writing progress; results of this run kept in" in notice
    kept = list((tmp_path / ".dojo").glob("progress-kept-*.json"))
    assert len(kept) == 1 and kept[0].name in notice
    merged = _store(tmp_path)  # the next run saves them
    assert {n: r.outcome for n, r in merged.tests.items()} == {
        "katas/08_scope/test_a.py::t1": "passed",
        "katas/08_scope/test_b.py::t1": "failed",
    }
    assert merged.katas["closures"].module_hash == "v1"
    assert not list((tmp_path / ".dojo").glob("progress-kept-*.json")) and merged.notices == []


def _read_only_sqlite(monkeypatch, *, folder_too: bool = False) -> None:
    """SQLite sees the file as read-only (as a non-root user sees a root-owned one), whoever runs the tests."""
    real_connect = sqlite3.connect

    def connect(database, *args, uri=False, **kwargs):
        if uri:  # already a URI (the store's lock-free read): as asked
            return real_connect(database, *args, uri=True, **kwargs)
        if folder_too:  # SQLite cannot make its -shm and -wal files beside it
            error = sqlite3.OperationalError("unable to open database file")
            error.sqlite_errorname = "SQLITE_CANTOPEN"
            raise error
        return real_connect(f"{Path(database).resolve().as_uri()}?mode=ro", *args, uri=True, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)


@pytest.mark.parametrize("folder_too", [False, True], ids=["file", "folder"])
def test_a_store_that_cannot_be_written_is_read_kept_and_one_line(tmp_path, monkeypatch, folder_too):
    _store(tmp_path).record([_result("test_a.py::t1")], {"closures": "v1"})
    _read_only_sqlite(monkeypatch, folder_too=folder_too)
    store = _store(tmp_path)
    assert set(store.tests) == {"katas/08_scope/test_a.py::t1"}, "progress is read, not restarted"
    assert store.notices == []
    store.record([_result("test_a.py::t2", "failed")], {"closures": "v2"})
    [notice] = store.notices
    assert notice.startswith("dojo: progress not saved: ") and "cannot be written" in notice
    assert store.ask_hint("closures", 3, runs_per_tier=3) == 1, "the hint is shown even when it cannot be kept"
    assert "the hint asked for is not saved" in store.notices[-1]
    monkeypatch.undo()
    assert _set_aside_files(tmp_path) == [], "nothing that can be read is moved aside"
    assert set(_store(tmp_path).tests) == {"katas/08_scope/test_a.py::t1"}


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes read-only files anyway")
def test_a_read_only_dojo_folder_is_read_and_never_set_aside(tmp_path):
    _store(tmp_path).record([_result("test_a.py::t1")])
    folder = tmp_path / ".dojo"
    (folder / "progress.sqlite3").chmod(0o444)
    folder.chmod(0o555)
    try:
        store = _store(tmp_path)
        store.record([_result("test_a.py::t2")])
    finally:
        folder.chmod(0o755)
    assert set(store.tests) == {"katas/08_scope/test_a.py::t1"}
    assert len(store.notices) == 1 and "progress not saved" in store.notices[0]
    assert _set_aside_files(tmp_path) == []


def test_an_unreadable_file_that_cannot_be_moved_aside_is_one_line_never_a_crash(tmp_path, monkeypatch):
    progress_path(tmp_path).parent.mkdir()
    progress_path(tmp_path).write_bytes(b"not a database" * 100)

    def refuse(self, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "replace", refuse)
    store = _store(tmp_path)
    store.record([_result("test_a.py::t1")])
    assert store.tests == {}
    assert any("cannot be set aside (Permission denied)" in n for n in store.notices)


def test_notices_go_to_announce_at_once_when_asked(tmp_path):
    progress_path(tmp_path).parent.mkdir()
    progress_path(tmp_path).write_bytes(b"not a database" * 100)
    heard: list[str] = []
    store = ProgressStore(progress_path(tmp_path), "katas", announce=heard.append)
    assert len(heard) == 1 and "unreadable" in heard[0] and store.notices == []


# --------------------------------------------------------------------------- the command: one line, never a traceback


@pytest.fixture
def kata_repo(tmp_path, monkeypatch) -> Path:
    write_all(tmp_path, DEMO_FILES)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _passed_arith(root: Path) -> None:
    arith = [_result(f"test_arith.py::{name}", kata="arith", topic="01_demo") for name in ("test_adds", "test_names")]
    (root / "katas/01_demo/test_arith.py").write_text("def test_adds(): pass\ndef test_names(): pass\n", encoding="utf-8")
    _store(root).record(arith, {"arith": "v1"})


def test_a_corrupt_store_is_one_line_on_stderr_from_the_command_that_finds_it(kata_repo, capsys):
    from dojo.cli import main

    progress_path(kata_repo).parent.mkdir()
    progress_path(kata_repo).write_bytes(b"garbage" * 100)
    assert main(["list"]) == 0
    first = capsys.readouterr().err.splitlines()
    assert len(first) == 1 and "progress file unreadable" in first[0] and "kept as" in first[0]
    assert main(["list"]) == 0 and capsys.readouterr().err == "", "said once: the file was set aside"


@pytest.mark.parametrize("folder_too", [False, True], ids=["file", "folder"])
def test_a_read_only_store_keeps_every_command_working_with_one_line(kata_repo, capsys, monkeypatch, folder_too):
    from dojo.cli import main

    _passed_arith(kata_repo)
    _read_only_sqlite(monkeypatch, folder_too=folder_too)
    assert main(["list", "01"]) == 0
    listed = capsys.readouterr()
    assert "1/2 katas done" in listed.out and listed.err == "", "progress is read, not restarted"
    assert main(["hint", "arith", "--next"]) == 0  # asks to unlock the next tier: a write the store refuses
    hinted = capsys.readouterr()
    assert "hint 2 of 3" in hinted.out
    assert hinted.err.count("\n") == 1 and "the hint asked for is not saved" in hinted.err
    monkeypatch.undo()
    assert _set_aside_files(kata_repo) == []
