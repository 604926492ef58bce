"""The kata contract, topic by topic: what ``dojo dev check`` proves and ``tests/test_kata_contract.py`` asserts.

For one topic, on the running Python:

- every kata test fails on its untouched stub for the right reason (an assertion, dojo's
  KataFailure, NotImplementedError or pytest's Failed; never a missing name), run in the topic's
  order, in a shuffled order, in its file alone and alone;
- every test passes on the reference solutions, in the topic's order and shuffled;
- every checklist item of the topic is proven by a test that passes on this Python;
- every recorded misconception (``tests/misconceptions/NN_topic/<module>__<trap>.py``) is
  rejected by a right-reason failure of a test of the checklist item it names;
- every recorded alternative solution (``tests/alternatives/NN_topic/<module>__<name>.py``)
  passes every test of its module; every implement/fix kata records at least one;
- the topic's files are where topic.toml says, and answer katas' solutions hold the very puzzles.

Misconceptions and alternatives are *overrides*: a file holds only the definitions it changes
and is applied over the reference solution (appended to it, so its definitions win). A file whose
docstring says ``override: whole`` replaces the module instead: for the rare wrong idea that lives in
module-level code the solution would run first (an ``if __name__ == "__main__"`` guard, ``__all__``).

A topic whose files, ``dojo/``, the project's settings and the Python version have not changed
since it last passed is not run again: its verdict is cached under ``.dojo/contract/``. The quiz
rules (no tell by length, letters spread) are judged across the curriculum by :func:`quiz_problems`.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import platform
import re
import shutil
import sys
import time
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path

from dojo import results as records
from dojo.curriculum import Curriculum, load_curriculum
from dojo.dev.runs import Job, run_jobs

RIGHT_REASONS = ("AssertionError", "NotImplementedError", "Failed")
WRONG_REASONS = ("KataUnavailable",)  # a kata module or a name in it could not be imported
MISSING_NAME = ("KataUnavailable", "NameError", "ImportError", "SyntaxError")  # never a misconception's rejection
ANSWER_KINDS = ("predict", "quiz")  # katas whose learners write answers rather than code
CODE_KINDS = ("implement", "fix")
MIN_MISCONCEPTIONS_PER_TOPIC = 6
MAX_LONGEST_RIGHT = 0.35  # share of quiz questions whose right choice is strictly the longest
LETTER_SHARE = (0.15, 0.35)  # each letter's share of the right choices
CACHE_VERSION = 2
KATA_RUNNERS = ("pytest", "pluggy", "hypothesis", "pytest-asyncio", "pytest-timeout")  # their versions key the cache
STUB_ORDERS = {"topic": "in its topic's order", "shuffled": "in a shuffled order", "by-file": "in its file alone",
               "isolated": "alone"}
SOLUTION_ORDERS = {"topic": "in its topic's order", "shuffled": "in a shuffled order"}
# A topic is proven in parts, each run (and cached) on its own, so that the parts of the largest
# topics spread over processes and none takes long: the orders of the stubs and of the solutions,
# then the recorded misconceptions and alternatives ("records"), about RECORDS_PER_PART files a part.
ORDERS_OF_PART = {"stubs": ("stubs", ("topic", "shuffled")), "stubs-by-file": ("stubs", ("by-file",)),
                  "stubs-alone": ("stubs", ("isolated",)), "solutions": ("solutions", ("topic",)),
                  "solutions-shuffled": ("solutions", ("shuffled",))}
RECORDS_PER_PART = 8


@dataclass
class TopicReport:
    topic: str
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    cached: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def parts_of(repo: Path, topic: str) -> tuple[str, ...]:
    """The parts a topic is proven in: those of ORDERS_OF_PART, then records-1ofN ... records-NofN."""
    files = len(overrides(repo, "misconceptions", topic)) + len(overrides(repo, "alternatives", topic))
    count = max(1, -(-files // RECORDS_PER_PART))
    return (*ORDERS_OF_PART, *(f"records-{index}of{count}" for index in range(1, count + 1)))


def merged(topic: str, reports: list[TopicReport]) -> TopicReport:
    """One report of a topic from the reports of its parts (a problem found by two parts is said once)."""
    whole = TopicReport(topic, cached=all(report.cached for report in reports))
    for report in reports:
        whole.problems += [problem for problem in report.problems if problem not in whole.problems]
        whole.notes += report.notes
        whole.counts.update(report.counts)
        whole.seconds += report.seconds
    return whole


def right_reason(row: records.Row) -> bool:
    """A stub's failure: an assertion (dojo's KataFailure is one), NotImplementedError or pytest's Failed."""
    return row.failed_with(*RIGHT_REASONS) and not row.failed_with(*WRONG_REASONS)


def rejects(row: records.Row) -> bool:
    """A misconception's rejection: any failure but a missing name (the wrong code may well raise itself)."""
    return row.outcome == "failed" and rejecting(row.exception, row.exception_mro)


def rejecting(exception: str | None, exception_mro: Iterable[str]) -> bool:
    """A failure by this exception rejects the code under test: there is one, and it is not a missing name."""
    return exception is not None and not set(MISSING_NAME) & set(exception_mro)


def compose(solution: str, override: str) -> str:
    """The reference solution with an override's definitions applied over it (appended; future imports first)."""
    future = re.compile(r"^from __future__ import [^\n]*\n", re.MULTILINE)
    needed = [line for line in future.findall(override) if line not in solution]
    return "".join(needed) + solution + "\n\n# --- applied over the reference solution ---\n" + future.sub("", override)


def overrides(repo: Path, kind: str, topic: str) -> list[Path]:
    """The misconception or alternative files of a topic: tests/<kind>/<topic>/<module>__<name>.py."""
    return sorted((repo / "tests" / kind / topic).glob("*.py"))


def docstring_field(path: Path, name: str) -> str | None:
    docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    match = re.search(rf"^{name}:\s*(\S+)\s*$", docstring, re.MULTILINE)
    return match.group(1) if match else None


class Contract:
    """Checks topics of one repository; `cache` is the folder of cached verdicts (None: always run, keep nothing).

    refresh: run every part again, even one whose verdict is cached, and keep the fresh verdicts.
    """

    def __init__(self, repo: Path, scratch: Path, cache: Path | None = None, curriculum: Curriculum | None = None,
                 *, refresh: bool = False):
        self.repo = repo.resolve()
        self.scratch = scratch
        self.cache = cache
        self.refresh = refresh
        self.curriculum = curriculum or load_curriculum(self.repo / "katas")
        # Each topic's key, hashed once per checker rather than once per part. A file edited while
        # parts run leaves their verdicts under the old key: the next check runs them again.
        self._keys: dict[str, str] = {}

    # ------------------------------------------------------------------ the cache

    def key(self, topic: str) -> str:
        """A hash of everything a topic's verdict depends on."""
        if topic not in self._keys:
            self._keys[topic] = self._hash(topic)
        return self._keys[topic]

    def _hash(self, topic: str) -> str:
        digest = hashlib.sha256(f"{CACHE_VERSION} {sys.version} {platform.python_implementation()} {_gil()} {_versions()}".encode())
        files: list[Path] = [self.repo / "pyproject.toml", self.repo / "conftest.py", self.repo / "katas" / "curriculum.toml"]
        for folder in (self.repo / "katas" / topic, self.repo / "solutions" / topic, self.repo / "tests" / "misconceptions" / topic,
                       self.repo / "tests" / "alternatives" / topic, self.repo / "dojo"):
            files += sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        for path in files:
            if path.is_file():
                digest.update(str(path.relative_to(self.repo)).encode() + b"\0" + path.read_bytes() + b"\0")
        return digest.hexdigest()

    def _cached(self, topic: str, key: str) -> TopicReport | None:
        if self.cache is None or self.refresh:
            return None
        try:
            data = json.loads((self.cache / f"{topic}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if data.get("key") != key:
            return None
        return TopicReport(**{**data["report"], "cached": True})

    def _store(self, report: TopicReport, key: str, name: str) -> None:
        if self.cache is None or not report.ok:
            return  # only a clean verdict is kept: a failing topic runs again next time
        self.cache.mkdir(parents=True, exist_ok=True)
        path = self.cache / f"{name}.json"
        scratch = path.with_suffix(".tmp")
        scratch.write_text(json.dumps({"key": key, "report": asdict(report)}), encoding="utf-8")
        scratch.replace(path)

    # ------------------------------------------------------------------ one topic

    def check(self, topic: str, parts: tuple[str, ...] | None = None) -> TopicReport:
        """The topic's problems (all of them, one line each); `parts` chooses which of parts_of(topic) to prove.

        Each part is run, and cached, on its own: the project's tests check a topic part by part,
        and `dojo dev check` then finds every part of an unchanged topic in the cache.
        """
        parts = parts_of(self.repo, topic) if parts is None else parts
        if len(parts) > 1:
            return merged(topic, [self.check(topic, (part,)) for part in parts])
        [part] = parts
        key = self.key(topic)
        name = f"{topic}.{part}"
        if cached := self._cached(name, key):
            return cached
        started = time.monotonic()
        report = TopicReport(topic)
        report.problems += self._file_problems(topic, answers=part == "solutions")
        if not report.problems:  # the runs need every file in its place
            self._run_part(topic, report, part)
        report.seconds = round(time.monotonic() - started, 2)
        self._store(report, key, name)
        return report

    def _run_part(self, topic: str, report: TopicReport, part: str) -> None:
        folder = self.scratch / f"{topic}-{part}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        katas, solutions = str(self.repo / "katas"), str(self.repo / "solutions")
        paths = (f"katas/{topic}",)
        seed = zlib.crc32(topic.encode())
        kind, orders = ORDERS_OF_PART.get(part, ("records", ()))
        stub_orders = {order: STUB_ORDERS[order] for order in orders} if kind == "stubs" else {}
        solution_orders = {order: SOLUTION_ORDERS[order] for order in orders} if kind == "solutions" else {}
        jobs = [Job(paths, katas, str(folder / f"stubs-{order}.json"), order, seed) for order in stub_orders]
        jobs += [Job(paths, solutions, str(folder / f"solutions-{order}.json"), order, seed) for order in solution_orders]
        misconceptions, alternatives = self._records_of(topic, part) if kind == "records" else ([], [])
        if part.startswith("records-1of"):  # what is said of the records as a whole, once
            report.problems += self._record_problems(topic)
            report.counts.update(misconceptions=len(overrides(self.repo, "misconceptions", topic)),
                                 alternatives=len(overrides(self.repo, "alternatives", topic)))
        applied: list[Path] = []
        for index, path in enumerate(misconceptions + alternatives):
            module = path.stem.partition("__")[0]
            if self.curriculum.kata(module) is None:
                continue  # named in _file_problems
            target = folder / f"target-{index}"
            shutil.copytree(self.repo / "solutions" / topic, target / topic, ignore=shutil.ignore_patterns("__pycache__"))
            solution = target / topic / f"{module}.py"
            override = path.read_text(encoding="utf-8")
            whole = docstring_field(path, "override") == "whole"  # replaces the module: see the module docstring
            solution.write_text(override if whole else compose(solution.read_text(encoding="utf-8"), override), encoding="utf-8")
            results = str(folder / f"override-{index}.json")
            if path in misconceptions:  # only the tests of its checklist item, and only until one rejects it
                checklist = docstring_field(path, "checklist")
                jobs.append(Job((f"katas/{topic}/test_{module}.py",), str(target), results, checklist=checklist, stop="rejection",
                                shares_layout=True))
            else:  # an alternative must pass every test of its module
                jobs.append(Job((f"katas/{topic}/test_{module}.py",), str(target), results, shares_layout=True))
            applied.append(path)
        runs = iter(run_jobs(self.repo, jobs, folder))
        stub_runs = {order: next(runs) for order in stub_orders}
        solution_runs = {order: next(runs) for order in solution_orders}
        override_runs = dict(zip(applied, runs, strict=True))
        if stub_runs:
            report.problems += self._stub_problems(topic, stub_runs, seed)
        if solution_runs:
            report.problems += self._solution_problems(topic, solution_runs, seed)
        if "topic" in solution_runs:
            report.problems += self._checklist_problems(topic, solution_runs["topic"])
            report.counts["tests"] = len(solution_runs["topic"].in_topic(topic))
        for path in misconceptions:
            if path in override_runs:
                report.problems += self._misconception_problems(path, override_runs[path], report.notes)
        for path in alternatives:
            if path in override_runs:
                report.problems += self._alternative_problems(path, override_runs[path])

    def _records_of(self, topic: str, part: str) -> tuple[list[Path], list[Path]]:
        """The misconceptions and alternatives of part "records-KofN": every N-th file from the K-th.

        Dealt out rather than cut in runs: the records of one kata (those of a kata whose tests take
        long, or whose wrong code hangs until its bound) spread over the parts instead of filling one.
        """
        index, _, count = part.removeprefix("records-").partition("of")
        misconceptions, alternatives = overrides(self.repo, "misconceptions", topic), overrides(self.repo, "alternatives", topic)
        chosen = set((misconceptions + alternatives)[int(index) - 1::int(count)])
        return [path for path in misconceptions if path in chosen], [path for path in alternatives if path in chosen]

    # ------------------------------------------------------------------ the checks

    def _file_problems(self, topic: str, answers: bool) -> list[str]:
        """The topic's files where topic.toml says; with `answers`, also the answer katas' solutions (parsed: once a topic)."""
        problems = []
        kata_dir, solution_dir = self.repo / "katas" / topic, self.repo / "solutions" / topic
        the_topic = self.curriculum.topic(topic)
        if the_topic is None or not the_topic.has_katas:
            return [f"katas/{topic}: not a topic with katas in the curriculum"]
        listed = {kata.module for kata in the_topic.katas}
        on_disk = {p.stem for p in kata_dir.glob("*.py") if not p.stem.startswith("test_") and p.stem not in ("conftest", "__init__")}
        for module in sorted(on_disk - listed):
            problems.append(f"katas/{topic}/{module}.py: not listed in katas/{topic}/topic.toml; add a [[kata]] for it or remove it")
        for module in sorted(listed - on_disk):
            problems.append(f"katas/{topic}/topic.toml: lists {module}, which has no katas/{topic}/{module}.py")
        for module in sorted(listed):
            if not (kata_dir / f"test_{module}.py").is_file():
                problems.append(f"katas/{topic}/{module}.py: has no test_{module}.py beside it")
            if not (solution_dir / f"{module}.py").is_file():
                problems.append(f"katas/{topic}/{module}.py: has no reference solution solutions/{topic}/{module}.py")
        for path in sorted(kata_dir.glob("test_*.py")):
            if path.stem.removeprefix("test_") not in listed:
                problems.append(f"katas/{topic}/{path.name}: tests a module topic.toml does not list")
        for kata in the_topic.katas if answers else ():
            if kata.kind in ANSWER_KINDS and (solution_dir / f"{kata.module}.py").is_file():
                if _without_answers(kata_dir / f"{kata.module}.py") != _without_answers(solution_dir / f"{kata.module}.py"):
                    problems.append(f"solutions/{topic}/{kata.module}.py: differs from the kata beyond the answers; "
                                    "copy the kata's puzzles and choices and fill in only the answers")
        return problems

    def _record_problems(self, topic: str) -> list[str]:
        """The recorded misconceptions and alternatives: enough of them, well named and described."""
        the_topic = self.curriculum.topic(topic)
        assert the_topic is not None
        listed = {kata.module for kata in the_topic.katas}
        problems = []
        misconceptions = overrides(self.repo, "misconceptions", topic)
        if len(misconceptions) < MIN_MISCONCEPTIONS_PER_TOPIC:
            problems.append(f"tests/misconceptions/{topic}/: records {len(misconceptions)} misconceptions; "
                            f"at least {MIN_MISCONCEPTIONS_PER_TOPIC} are needed")
        alternatives = overrides(self.repo, "alternatives", topic)
        for kind, paths, word in (("misconceptions", misconceptions, "Misconception"), ("alternatives", alternatives, "Alternative")):
            for path in paths:
                problems += self._override_file_problems(topic, kind, path, word, listed)
        with_alternative = {p.stem.partition("__")[0] for p in alternatives}
        for kata in the_topic.katas:
            if kata.kind in CODE_KINDS and kata.module not in with_alternative:
                problems.append(f"katas/{topic}/{kata.module}.py: records no alternative solution; add "
                                f"tests/alternatives/{topic}/{kata.module}__<how>.py, a correct solution written differently")
        return problems

    def _override_file_problems(self, topic: str, kind: str, path: Path, word: str, listed: set[str]) -> list[str]:
        shown = f"tests/{kind}/{topic}/{path.name}"
        module, _, name = path.stem.partition("__")
        if not name:
            return [f"{shown}: name it <module>__<what>.py"]
        if module not in listed:
            return [f"{shown}: {topic} has no kata module '{module}'"]
        text = path.read_text(encoding="utf-8")
        try:
            docstring = ast.get_docstring(ast.parse(text)) or ""
        except SyntaxError as error:
            return [f"{shown}:{error.lineno}: a syntax error: {error.msg}"]
        problems = []
        if not docstring.startswith(f"{word}:"):
            problems.append(f"{shown}: its docstring must start with '{word}:' and say what it does differently")
        if kind == "misconceptions":
            checklist = docstring_field(path, "checklist")
            if checklist is None:
                problems.append(f"{shown}: its docstring needs a line 'checklist: <id>' (or 'checklist: none')")
            elif checklist != "none" and self.curriculum.checklist_item(checklist) is None:
                problems.append(f"{shown}: unknown checklist id {checklist}")
        return problems

    def _stub_problems(self, topic: str, runs: dict[str, records.Results], seed: int) -> list[str]:
        problems: dict[str, str] = {}
        for order, run in runs.items():
            how = STUB_ORDERS[order] + (f" (seed {seed})" if order == "shuffled" else "")
            problems.update(_collection_problems(run, f"the stubs, {how}"))
            rows = run.in_topic(topic)
            if not rows and not run.collection_errors:
                problems.setdefault(f"katas/{topic}", f"katas/{topic}: no kata tests ran on the stubs ({how})")
            for row in rows:
                if row.nodeid in problems:
                    continue
                if row.outcome == "passed":
                    problems[row.nodeid] = (f"{row.nodeid}: passes on the untouched stub when run {how}; it must fail until "
                                            "the kata is solved (state that leaks between tests? a check the stub meets?)")
                elif row.outcome == "failed" and not right_reason(row):
                    problems[row.nodeid] = (f"{row.nodeid}: fails on the stub with {row.exception or 'no exception'} "
                                            f"({how}): {_first(row.message)}; a stub must fail on an assertion or "
                                            "NotImplementedError, never on a missing name or an error in the test")
        return list(problems.values())

    def _solution_problems(self, topic: str, runs: dict[str, records.Results], seed: int) -> list[str]:
        problems: dict[str, str] = {}
        for order, run in runs.items():
            how = SOLUTION_ORDERS[order] + (f" (seed {seed})" if order == "shuffled" else "")
            problems.update(_collection_problems(run, f"the solutions, {how}"))
            for row in run.in_topic(topic):
                if row.outcome == "failed" and row.nodeid not in problems:
                    problems[row.nodeid] = (f"{row.nodeid}: fails on the reference solution ({how}) with "
                                            f"{row.exception or 'no exception'}: {_first(row.message)}")
        return list(problems.values())

    def _checklist_problems(self, topic: str, run: records.Results) -> list[str]:
        the_topic = self.curriculum.topic(topic)
        assert the_topic is not None
        rows = run.in_topic(topic)
        problems = []
        for item in the_topic.checklist:
            naming = [row for row in rows if item.id in row.checklist]
            if not naming:
                problems.append(f"katas/{topic}/topic.toml: checklist item {item.id} is proven by no test; "
                                f"mark one with @pytest.mark.checklist({item.id!r})")
            elif not any(row.outcome == "passed" for row in naming):
                problems.append(f"katas/{topic}/topic.toml: checklist item {item.id} is proven by no test that passes on "
                                f"Python {platform.python_version()} (all skipped or failing)")
        return problems

    def _misconception_problems(self, path: Path, run: records.Results, notes: list[str]) -> list[str]:
        shown = path.relative_to(self.repo)
        checklist = docstring_field(path, "checklist") or "none"
        rows = [row for row in run.rows if checklist == "none" or checklist in row.checklist]
        if not run.rows:
            if run.collection_errors:
                return [f"{shown}: no test ran against it: {_first(run.collection_errors[0].message)}"]
            return [f"{shown}: no test of its module is marked with checklist item {checklist}; name the item whose "
                    "tests reject it (or 'checklist: none')"]
        if any(rejects(row) for row in rows):
            return []
        wrong = [row for row in rows if row.outcome == "failed"]
        if wrong:
            return [f"{shown}: rejected only for a wrong reason ({wrong[0].exception}: {_first(wrong[0].message)}); a misconception "
                    "must be rejected by a failing check, not by a missing name (does it define every name the tests import?)"]
        if rows and all(row.outcome == "skipped" for row in rows):
            notes.append(f"{shown}: the tests that could reject it are skipped on Python {platform.python_version()}")
            return []
        which = "any test of its module" if checklist == "none" else f"any test of checklist item {checklist}"
        return [f"{shown}: not rejected by {which}; add a test that fails on it for the right reason"]

    def _alternative_problems(self, path: Path, run: records.Results) -> list[str]:
        shown = path.relative_to(self.repo)
        if not run.rows:
            return [f"{shown}: no test ran against it: {_first(run.collection_errors[0].message) if run.collection_errors else ''}"]
        return [f"{shown}: a correct alternative is rejected by {row.nodeid.rpartition('::')[2]} with {row.exception}: "
                f"{_first(row.message)}; fix the test (or the task) so every correct solution passes"
                for row in run.rows if row.outcome == "failed"]


# ---------------------------------------------------------------------- quiz rules


@dataclass(frozen=True)
class QuizQuestion:
    where: str  # file:line of its *_CHOICES
    choices: dict[str, str]
    right: str


def quiz_questions(repo: Path, curriculum: Curriculum) -> list[QuizQuestion]:
    """Every quiz question: its choices from the kata, the right letter from the reference solution."""
    questions = []
    for topic in curriculum.topics:
        for kata in topic.katas:
            if kata.kind != "quiz":
                continue
            solution = repo / "solutions" / topic.id / f"{kata.module}.py"
            values = _constants(solution)
            for name, value in values.items():
                if name.endswith("_CHOICES") and isinstance(value[0], dict):
                    right = values.get(name.removesuffix("_CHOICES") + "_ANSWER", (None, 0))[0]
                    if isinstance(right, str):
                        questions.append(QuizQuestion(f"solutions/{topic.id}/{kata.module}.py:{value[1]}", value[0], right))
    return questions


def quiz_problems(questions: list[QuizQuestion]) -> list[str]:
    """No tell across the curriculum: the right choice rarely the longest, the right letters spread."""
    if not questions:
        return []
    problems = []
    longest = [q for q in questions if _strictly_longest(q)]
    if len(longest) > MAX_LONGEST_RIGHT * len(questions):
        problems.append(
            f"quiz: the right choice is strictly the longest in {len(longest)} of {len(questions)} questions "
            f"({len(longest) / len(questions):.0%}; at most {MAX_LONGEST_RIGHT:.0%}): lengthen the distractors of e.g. "
            + ", ".join(q.where for q in longest[:5])
        )
    letters = Counter(q.right for q in questions)
    low, high = LETTER_SHARE
    for letter in "abcd":
        share = letters[letter] / len(questions)
        if not low <= share <= high:
            problems.append(f"quiz: '{letter}' is the right letter in {letters[letter]} of {len(questions)} questions "
                            f"({share:.0%}; each letter between {low:.0%} and {high:.0%}): move some right answers "
                            f"{'to' if share < low else 'away from'} '{letter}'")
    return problems


def quiz_figures(questions: list[QuizQuestion]) -> str:
    letters = Counter(q.right for q in questions)
    longest = sum(map(_strictly_longest, questions))
    spread = ", ".join(f"{letter}: {letters[letter]}" for letter in "abcd")
    share = longest / len(questions) if questions else 0
    return f"{len(questions)} quiz questions; right choice strictly the longest in {longest} ({share:.0%}); right letters {spread}"


def _strictly_longest(question: QuizQuestion) -> bool:
    right = len(question.choices.get(question.right, ""))
    return all(right > len(text) for letter, text in question.choices.items() if letter != question.right)


def _constants(path: Path) -> dict[str, tuple[object, int]]:
    """Module-level NAME = literal assignments: name -> (value, line)."""
    out: dict[str, tuple[object, int]] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                out[node.targets[0].id] = (ast.literal_eval(node.value), node.lineno)
            except ValueError:
                continue
    return out


# ---------------------------------------------------------------------- helpers


class _ForgetAnswers(ast.NodeTransformer):
    """Blank out what a learner writes in predict and quiz katas: @predict's first argument, *_ANSWER values."""

    def visit_Call(self, node: ast.Call) -> ast.AST:
        if getattr(node.func, "id", None) == "predict" and node.args:
            node.args[0] = ast.Constant(...)
        return self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> ast.AST:
        if any(isinstance(t, ast.Name) and t.id.endswith("_ANSWER") for t in node.targets):
            node.value = ast.Constant(...)
        return self.generic_visit(node)


def _without_answers(path: Path) -> str:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    if ast.get_docstring(tree):
        tree.body = tree.body[1:]
    # An answer may need an import the puzzles do not (`sys.version_info` for a version-aware one).
    tree.body = [node for node in tree.body if not isinstance(node, (ast.Import, ast.ImportFrom))]
    return ast.dump(_ForgetAnswers().visit(tree))


def _collection_problems(run: records.Results, how: str) -> dict[str, str]:
    return {f"collect {e.nodeid}": f"{e.nodeid or 'collection'}: cannot be collected ({how}): {_first(e.message)}"
            for e in run.collection_errors}


def _first(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return (lines[0] if lines else "")[:200]


@functools.cache
def _versions() -> str:
    """The installed versions of what runs the kata tests: an upgrade can change a verdict."""
    found = []
    for name in KATA_RUNNERS:
        try:
            found.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} absent")
    return " ".join(found)


def _gil() -> str:
    enabled = getattr(sys, "_is_gil_enabled", None)
    return "gil" if enabled is None or enabled() else "free-threaded"


def topics_with_katas(curriculum: Curriculum) -> list[str]:
    return [topic.id for topic in curriculum.topics if topic.has_katas]


def all_problems(reports: Iterable[TopicReport]) -> list[str]:
    return [problem for report in reports for problem in report.problems]
