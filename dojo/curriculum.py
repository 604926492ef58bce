"""Read and validate the curriculum: ``katas/curriculum.toml`` and every ``katas/NN_topic/topic.toml``.

Every mistake in those files becomes one line of a single :class:`CurriculumError`, naming
the file and the place, so a maintainer fixes them all in one pass.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tomllib
from dataclasses import asdict, dataclass, fields
from functools import cached_property
from pathlib import Path
from typing import Any

TOPIC_DIR_PATTERN = re.compile(r"^(?P<number>\d\d)_(?P<key>[a-z][a-z0-9_]*)$")
KATA_KINDS = ("implement", "fix", "predict", "quiz")
QUESTION_LEVELS = ("elimination", "core", "senior")


class CurriculumError(Exception):
    """The curriculum files are invalid; the message lists every problem, one per line."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text: str
    topic: str


@dataclass(frozen=True)
class Kata:
    module: str
    title: str
    kind: str
    hints: tuple[str, ...]
    topic: str


@dataclass(frozen=True)
class Question:
    ask: str
    answer: str
    follow_up: str
    red_flags: tuple[str, ...]
    level: str
    follow_up_answer: str = ""  # what a good follow-up answer says, for an interviewer who is not an expert


@dataclass(frozen=True)
class Topic:
    id: str  # the folder name, e.g. "08_scope"
    number: int
    title: str
    checklist: tuple[ChecklistItem, ...]
    katas: tuple[Kata, ...]
    questions: tuple[Question, ...]

    @property
    def has_katas(self) -> bool:
        return bool(self.katas)


@dataclass(frozen=True)
class EliminationQuestion:
    number: int
    question: str
    must: str
    checklist: tuple[str, ...]


@dataclass(frozen=True)
class Curriculum:
    root: Path
    topics: tuple[Topic, ...]
    elimination: tuple[EliminationQuestion, ...]
    max_failed_elimination: int
    min_checklist_done: float
    ignored: tuple[str, ...] = ()  # folders under katas/ that are not topic folders

    @cached_property
    def checklist(self) -> tuple[ChecklistItem, ...]:
        return tuple(item for topic in self.topics for item in topic.checklist)

    @cached_property
    def _checklist_index(self) -> dict[str, ChecklistItem]:
        return {item.id: item for item in self.checklist}

    @cached_property
    def _topic_index(self) -> dict[str, Topic]:
        return {topic.id: topic for topic in self.topics}

    @cached_property
    def _kata_index(self) -> dict[str, Kata]:
        return {kata.module: kata for topic in self.topics for kata in topic.katas}

    def checklist_item(self, item_id: str) -> ChecklistItem | None:
        return self._checklist_index.get(item_id)

    def topic(self, topic_id: str) -> Topic | None:
        return self._topic_index.get(topic_id)

    def kata(self, module: str) -> Kata | None:
        return self._kata_index.get(module)


class _Reader:
    """Checks one TOML table against a schema, recording problems instead of raising."""

    def __init__(self, problems: list[str], file: str):
        self.problems = problems
        self.file = file

    def table(
        self, where: str, data: Any, required: dict[str, Any], optional: dict[str, Any] | None = None
    ) -> dict[str, Any] | None:
        optional = optional or {}
        if not isinstance(data, dict):
            self.problems.append(f"{self.file}: {where}: expected a table")
            return None
        place = f"{where}: " if where else ""
        allowed = {**required, **optional}
        for key in data:
            if key not in allowed:
                self.problems.append(
                    f"{self.file}: {place}unknown key '{key}' (allowed: {', '.join(allowed)})"
                )
        for key in required:
            if key not in data:
                self.problems.append(f"{self.file}: {place}missing '{key}'")
        checked = {}
        for key, expected in allowed.items():
            if key not in data:
                continue
            value = data[key]
            if not self._has_type(value, expected):
                self.problems.append(f"{self.file}: {place}'{key}' must be {self._describe(expected)}")
            elif isinstance(value, str) and not value.strip():
                self.problems.append(f"{self.file}: {place}'{key}' is empty")
            else:
                checked[key] = value
        return checked

    @staticmethod
    def _has_type(value: Any, expected: Any) -> bool:
        if isinstance(expected, list):  # a list of strings
            return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
        if expected is int:
            return isinstance(value, int) and not isinstance(value, bool)
        if expected is float:
            return isinstance(value, (int, float)) and not isinstance(value, bool)
        return isinstance(value, expected)

    @staticmethod
    def _describe(expected: Any) -> str:
        if isinstance(expected, list):
            return "a list of non-empty strings"
        return {str: "a string", int: "an integer", float: "a number", list: "a list"}.get(expected, str(expected))


def _load_toml(path: Path, root: Path, problems: list[str]) -> dict[str, Any] | None:
    try:
        with path.open("rb") as handle:
            data: dict[str, Any] = tomllib.load(handle)
            return data
    except FileNotFoundError:
        problems.append(f"{_rel(path, root)}: file is missing")
    except tomllib.TOMLDecodeError as error:
        problems.append(f"{_rel(path, root)}: not valid TOML: {error}")
    return None


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root.parent).as_posix()
    except ValueError:
        return path.as_posix()


def _read_topic(folder: Path, root: Path, problems: list[str]) -> Topic | None:
    match = TOPIC_DIR_PATTERN.match(folder.name)
    assert match is not None
    file = _rel(folder / "topic.toml", root)
    data = _load_toml(folder / "topic.toml", root, problems)
    if data is None:
        return None
    reader = _Reader(problems, file)
    top = reader.table("", data, {"title": str, "checklist": list}, {"kata": list, "question": list})
    if top is None:
        return None
    return Topic(
        folder.name,
        int(match["number"]),
        top.get("title", folder.name),
        _read_checklist(reader, top.get("checklist", []), match["key"], folder.name),
        _read_katas(reader, top.get("kata", []), folder.name),
        _read_questions(reader, top.get("question", [])),
    )


def _read_checklist(reader: _Reader, raws: list[Any], key: str, topic: str) -> tuple[ChecklistItem, ...]:
    checklist = []
    for index, raw in enumerate(raws):
        item = reader.table(f"checklist[{index}]", raw, {"id": str, "text": str})
        if not item or "id" not in item or "text" not in item:
            continue
        if not item["id"].startswith(f"{key}."):
            reader.problems.append(f"{reader.file}: checklist[{index}]: id '{item['id']}' must start with '{key}.'")
            continue
        checklist.append(ChecklistItem(item["id"], item["text"].strip(), topic))
    return tuple(checklist)


def _read_katas(reader: _Reader, raws: list[Any], topic: str) -> tuple[Kata, ...]:
    katas = []
    for index, raw in enumerate(raws):
        kata = reader.table(f"kata[{index}]", raw, {"module": str, "title": str, "kind": str, "hints": [str]})
        if not kata or len(kata) < 4:
            continue
        where = f"{reader.file}: kata[{index}]"
        if kata["kind"] not in KATA_KINDS:
            reader.problems.append(f"{where}: kind '{kata['kind']}' is not one of {', '.join(KATA_KINDS)}")
        if not kata["hints"]:
            reader.problems.append(f"{where}: needs at least one hint")
        if not kata["module"].isidentifier() or kata["module"].startswith("test_"):
            reader.problems.append(f"{where}: module '{kata['module']}' is not a valid kata module name")
        katas.append(Kata(kata["module"], kata["title"], kata["kind"], tuple(kata["hints"]), topic))
    return tuple(katas)


def _read_questions(reader: _Reader, raws: list[Any]) -> tuple[Question, ...]:
    questions = []
    for index, raw in enumerate(raws):
        fields = {"ask": str, "answer": str, "follow_up": str, "red_flags": [str], "level": str}
        question = reader.table(f"question[{index}]", raw, fields, {"follow_up_answer": str})
        if not question or len(fields.keys() - question.keys()):
            continue
        if question["level"] not in QUESTION_LEVELS:
            reader.problems.append(
                f"{reader.file}: question[{index}]: level '{question['level']}' is not one of {', '.join(QUESTION_LEVELS)}"
            )
        questions.append(
            Question(
                question["ask"], question["answer"], question["follow_up"], tuple(question["red_flags"]), question["level"],
                question.get("follow_up_answer", ""),
            )
        )
    return tuple(questions)


def _check_unique(values: list[tuple[str, str]], what: str, problems: list[str]) -> None:
    """values: (value, where) pairs; reports each value seen in more than one place."""
    seen: dict[str, str] = {}
    for value, where in values:
        if value in seen:
            problems.append(f"{where}: duplicate {what} '{value}' (first in {seen[value]})")
        else:
            seen[value] = where


_LOADED: dict[Path, tuple[str, Curriculum]] = {}  # katas folder -> (key, curriculum): this process's own reads
_CACHE_FORMAT = 1


def load_curriculum(katas_dir: Path, *, disk_cache: bool = True) -> Curriculum:
    """Load and validate the whole curriculum under ``katas_dir``; raise CurriculumError on any problem.

    Folders that are not topic folders (a learner's ``katas/notes``) are ignored and listed in
    ``Curriculum.ignored``. A curriculum whose files are unchanged is read once per process (the
    contract and watch run pytest many times in one interpreter) and kept as JSON in
    ``.dojo/cache/`` beside the katas folder: parsing 17 topic.toml files costs every pytest run
    more than reading them back (a cache that cannot be read or written is simply not used).
    """
    root = Path(katas_dir).resolve()
    key = curriculum_key(root)
    if (loaded := _LOADED.get(root)) is not None and loaded[0] == key:
        return loaded[1]
    cache = root.parent / ".dojo" / "cache" / "curriculum.json"
    curriculum = _read_cache(cache, key, root) if disk_cache else None
    if curriculum is None:
        curriculum = _load(root)
        if disk_cache:
            _write_cache(cache, key, curriculum)
    _LOADED[root] = (key, curriculum)
    return curriculum


def curriculum_key(katas_dir: Path) -> str:
    """Changes whenever a file the curriculum is read from changes, a topic folder comes or goes, or this parser changes."""
    katas_dir = Path(katas_dir)
    parts = [Path(__file__).read_bytes()]
    for path in (katas_dir / "curriculum.toml", *sorted(katas_dir.glob("*/topic.toml")), katas_dir):
        with contextlib.suppress(OSError):
            status = path.stat()
            parts.append(f"{path}:{status.st_mtime_ns}:{status.st_size}".encode())
    with contextlib.suppress(OSError):
        parts.append(" ".join(sorted(p.name for p in katas_dir.iterdir())).encode())
    return hashlib.sha1(b"\0".join(parts)).hexdigest()


def _read_cache(cache: Path, key: str, root: Path) -> Curriculum | None:
    with contextlib.suppress(Exception):  # a stale, foreign or broken cache is read afresh
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data.get("format") == _CACHE_FORMAT and data.get("key") == key:
            return _decode(data["curriculum"], root)
    return None


def _write_cache(cache: Path, key: str, curriculum: Curriculum) -> None:
    with contextlib.suppress(OSError):
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_name(f"{cache.name}.{os.getpid()}")  # xdist workers may write at once
        partial.write_text(json.dumps({"format": _CACHE_FORMAT, "key": key, "curriculum": _encode(curriculum)}), encoding="utf-8")
        partial.replace(cache)


def _encode(curriculum: Curriculum) -> dict[str, Any]:
    data = {f.name: getattr(curriculum, f.name) for f in fields(Curriculum) if f.name != "root"}
    encoded: dict[str, Any] = json.loads(json.dumps(data, default=asdict))
    return encoded


def _decode(data: dict[str, Any], root: Path) -> Curriculum:
    topics = tuple(
        Topic(
            id=t["id"], number=t["number"], title=t["title"],
            checklist=tuple(ChecklistItem(**item) for item in t["checklist"]),
            katas=tuple(Kata(**{**kata, "hints": tuple(kata["hints"])}) for kata in t["katas"]),
            questions=tuple(Question(**{**q, "red_flags": tuple(q["red_flags"])}) for q in t["questions"]),
        )
        for t in data["topics"]
    )
    elimination = tuple(EliminationQuestion(**{**q, "checklist": tuple(q["checklist"])}) for q in data["elimination"])
    return Curriculum(root, topics, elimination, data["max_failed_elimination"], data["min_checklist_done"], tuple(data["ignored"]))


def _load(root: Path) -> Curriculum:
    problems: list[str] = []
    ignored: list[str] = []
    data = _load_toml(root / "curriculum.toml", root, problems) or {}
    file = _rel(root / "curriculum.toml", root)
    reader = _Reader(problems, file)
    top = (reader.table("", data, {"verdict": dict, "elimination": list}) if data else None) or {}
    verdict = reader.table("verdict", top.get("verdict", {}), {"max_failed_elimination": int, "min_checklist_done": float}) or {}

    topics = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []:
        if TOPIC_DIR_PATTERN.match(folder.name):
            topic = _read_topic(folder, root, problems)
            if topic:
                topics.append(topic)
        elif not folder.name.startswith((".", "_")):
            ignored.append(_rel(folder, root))

    _check_unique([(t.id[:2], _rel(root / t.id, root)) for t in topics], "topic number", problems)
    _check_unique(
        [(item.id, f"{_rel(root / t.id / 'topic.toml', root)}") for t in topics for item in t.checklist],
        "checklist id",
        problems,
    )
    _check_unique(
        [(k.module, f"{_rel(root / t.id / 'topic.toml', root)}") for t in topics for k in t.katas],
        "kata module",
        problems,
    )
    known_ids = {item.id for t in topics for item in t.checklist}

    elimination = []
    for index, raw in enumerate(top.get("elimination", [])):
        question = reader.table(
            f"elimination[{index}]", raw, {"number": int, "question": str, "must": str, "checklist": [str]}
        )
        if not question or len(question) < 4:
            continue
        for item_id in question["checklist"]:
            if item_id not in known_ids:
                problems.append(f"{file}: elimination[{index}]: unknown checklist id '{item_id}'")
        elimination.append(
            EliminationQuestion(question["number"], question["question"], question["must"], tuple(question["checklist"]))
        )
    _check_unique([(str(q.number), f"{file}") for q in elimination], "elimination question number", problems)

    if problems:
        raise CurriculumError(problems)
    return Curriculum(
        root=root,
        topics=tuple(topics),
        elimination=tuple(sorted(elimination, key=lambda q: q.number)),
        max_failed_elimination=verdict.get("max_failed_elimination", 2),
        min_checklist_done=float(verdict.get("min_checklist_done", 0.8)),
        ignored=tuple(ignored),
    )
