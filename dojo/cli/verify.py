"""``dojo verify``: grade a learner's katas with the examiner of the base they started from.

The examiner (every ``test_*.py``, ``conftest.py``, ``topic.toml``, ``katas/curriculum.toml``,
``dojo/``, ``pyproject.toml`` and pytest's other configuration files) comes from the base
commit, exported to a temporary folder; the submission contributes only its kata modules, copied
into a target folder of their own, so an edited test, a new conftest or a module that shadows
the standard library changes nothing. Examiner files that differ from the base are named as
tampering and fail the run. A kata is attempted when its module differs from the base:
attempted katas must pass; untouched ones are "not started" and cost nothing.

The submission is the last commit (HEAD) of this repository; uncommitted edits are not graded
(a line says so). ``--katas-from DIR`` grades the kata modules of another checkout instead (the
partner's workflow: the base repository grades a pull request's files as data).

Kata code that reaches into the examiner is named as well (see ``dojo.integrity``): an AST
scan of each attempted kata module, and fingerprints of the examiner checked while the katas
run. The run's results record reaches this process through a named pipe that the run opens before
any kata code is imported and seals when its session ends, so nothing kata code does afterwards
(an ``atexit`` hook) can change it unseen; the run has a time limit, and a run that exceeds it
fails with the test it was running.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from dojo import results as records
from dojo.cli import git
from dojo.cli.errors import CliError
from dojo.curriculum import Curriculum, CurriculumError, load_curriculum

EXAMPLE = """example:
  dojo verify                       # against the merge base with origin/main
  dojo verify --base upstream/main --json report.json
  dojo verify --katas-from ../pr-head --base HEAD   # grade another checkout's katas (the partner's workflow)
"""
DEFAULT_BASES = ("origin/main", "upstream/main", "main")
EXAMINER_FILES = (
    "pyproject.toml", "conftest.py", "katas/curriculum.toml",
    # pytest reads these when they exist: the grader ignores a branch's, and names them.
    "pytest.ini", ".pytest.ini", "setup.cfg", "tox.ini",
)
DEFAULT_TIME_LIMIT = 600.0
EXIT_GRACE = 10.0  # seconds the run may take to exit after its session ended


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "verify",
        help="grade this branch's katas with the examiner of its base (what CI runs)",
        description=__doc__,
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--base", metavar="REF", help="the commit to take the examiner from "
                        f"(default: the merge base of HEAD with the first of {', '.join(DEFAULT_BASES)} that exists; "
                        "with --katas-from: HEAD)")
    parser.add_argument("--katas-from", metavar="DIR", type=Path,
                        help="grade the kata modules of this folder (a checkout of the submission, read as data)")
    parser.add_argument("--time-limit", metavar="SECONDS", type=float, default=DEFAULT_TIME_LIMIT,
                        help=f"stop the run after this long and fail it, naming the test it was on (default {DEFAULT_TIME_LIMIT:g})")
    parser.add_argument("--json", metavar="PATH", help="also write the result as JSON")
    parser.add_argument("--md", metavar="PATH", help="also write the Markdown summary "
                        "(default: appended to $GITHUB_STEP_SUMMARY when it is set)")
    parser.add_argument("--html", metavar="PATH", help="also write the readiness report of the graded katas as one "
                        "self-contained HTML page (written by the grader after the run, never by kata code)")
    parser.add_argument("--repo", type=Path, help=argparse.SUPPRESS)  # set when re-run with the base's grader
    parser.add_argument("--exit-grace", type=float, default=EXIT_GRACE, help=argparse.SUPPRESS)  # tests shorten it
    parser.set_defaults(run=run)


@dataclass
class KataGrade:
    topic: str
    module: str
    state: str  # "passed", "failed", "not started"
    passed: int = 0
    total: int = 0
    failures: list[str] = field(default_factory=list)


@dataclass
class Verification:
    base: str
    attempted: int
    passed: int
    tampered: list[str]  # examiner files the submission changed
    ignored: list[str]
    katas: list[KataGrade]
    readiness: dict[str, Any] | None
    reaching: list[str] = field(default_factory=list)  # kata code reaching into the examiner, to review
    notes: list[str] = field(default_factory=list)
    stopped: str | None = None  # why the run was stopped before it ended by itself
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.tampered and not self.reaching and self.stopped is None and self.attempted == self.passed


def is_examiner(path: str) -> bool:
    parts = path.split("/")
    name = parts[-1]
    return (
        path in EXAMINER_FILES
        or parts[0] in ("dojo", ".github")
        or name in ("conftest.py", "sitecustomize.py", "usercustomize.py")
        or (parts[0] == "katas" and ((name.startswith("test_") and name.endswith(".py")) or name == "topic.toml"))
    )


def _default_base(repo: Path) -> str:
    candidates = [r for r in DEFAULT_BASES if git.commit_of(repo, r)]
    if candidates:
        return candidates[0]
    branch = git.current_branch(repo) or "your-branch"
    if git.is_single_branch(repo):
        fetch = "git fetch --unshallow origin" if git.is_shallow(repo) else "git fetch origin"
        raise CliError(f"this clone fetches only {branch} (a single-branch clone), so it has no origin/main: "
                       f"git remote set-branches --add origin main && {fetch}")
    raise CliError(f"no base to grade against: none of {', '.join(DEFAULT_BASES)} exists here; "
                   "fetch upstream (git fetch origin main) or pass --base REF")


def resolve_base(repo: Path, ref: str | None) -> str:
    if ref and not git.commit_of(repo, ref):
        raise CliError(f"unknown ref {ref!r}: fetch it first (git fetch origin main) or name another with --base")
    if not ref and git.current_branch(repo) in ("main", "master"):
        raise CliError("you are on main, the branch your work is graded against: put your work on a branch of its own "
                       "(git switch -c my-solutions) and grade that; if main already holds your commits, grade against "
                       "the project's main: git remote add upstream <the project's URL> && git fetch upstream && "
                       "dojo verify --base upstream/main")
    candidate = ref or _default_base(repo)
    base = git.merge_base(repo, candidate)
    if base is None:
        hint = (" This is a shallow clone: fetch its history (git fetch --unshallow origin; in a workflow, "
                "actions/checkout with fetch-depth: 0).") if git.is_shallow(repo) else ""
        raise CliError(f"{candidate} and HEAD have no common commit here.{hint}")
    if base == git.commit_of(repo, "HEAD") and not ref:
        raise CliError(f"nothing to grade: HEAD is {candidate} itself (your commits are on it, or none yet): commit "
                       "your katas on a branch of your own; if they are on main, grade with --base upstream/main")
    return base


def run(arguments: argparse.Namespace) -> int:
    if not arguments.time_limit > 0:
        raise CliError(f"--time-limit must be a number of seconds above 0, not {arguments.time_limit:g}")
    if shutil.which("git") is None:
        raise CliError("git is not installed or not on PATH: dojo verify needs it (install git and run it again)")
    submission_dir = arguments.katas_from.resolve() if arguments.katas_from else None
    if submission_dir is not None and not (submission_dir / "katas").is_dir():
        raise CliError(f"{arguments.katas_from} has no katas/ folder: give the checkout of the submission")
    repo = git.toplevel(arguments.repo or Path.cwd())
    if submission_dir is not None:
        base = git.commit_of(repo, arguments.base or "HEAD")
        if base is None:
            raise CliError(f"unknown ref {arguments.base!r}: fetch it first or name another with --base")
    else:
        base = resolve_base(repo, arguments.base)
    with tempfile.TemporaryDirectory(prefix="dojo-verify-") as scratch_name:
        scratch = Path(scratch_name)
        examiner = scratch / "examiner"
        # The project's own tests and the reference solutions play no part in grading: not copied.
        git.export(repo, base, examiner, ".", ":(exclude)tests", ":(exclude)solutions")
        if not _same_package(Path(__file__).resolve().parent.parent, examiner / "dojo"):
            # This grader is not the base's (the branch changed dojo/): grade with the base's own.
            return _rerun_with(examiner, repo, base, arguments)
        submission_dir, changed, notes = _submission(repo, submission_dir, base, scratch)
        result = verify(submission_dir, base, scratch, arguments.time_limit, arguments.exit_grace, changed)
        result.notes[:0] = notes
    summary = markdown(result)
    print(summary)
    for note in result.notes:
        print(f"dojo verify: {note}", file=sys.stderr)
    _write_outputs(arguments, result, summary)
    return 0 if result.ok else 1


def _write_outputs(arguments: argparse.Namespace, result: Verification, summary: str) -> None:
    md_path = arguments.md or os.environ.get("GITHUB_STEP_SUMMARY")
    outputs = [(arguments.json, to_json(result), "w"), (md_path, summary, "a" if not arguments.md else "w")]
    if arguments.html:
        page = html_page(result)
        if page is None:
            print("dojo verify: no HTML report: the run gave no readiness (it was stopped or graded nothing)", file=sys.stderr)
        outputs.append((arguments.html if page else None, page or "", "w"))
    for path, text, mode in outputs:
        if path:
            try:
                with open(path, mode, encoding="utf-8") as handle:
                    handle.write(text)
            except OSError as error:
                raise CliError(f"could not write {path}: {error.strerror}") from None


def _submission(repo: Path, folder: Path | None, base: str, scratch: Path) -> tuple[Path, set[str] | None, list[str]]:
    """The folder whose kata modules are graded, the paths it changed (None: compare the trees), notes for the learner."""
    if folder is not None:
        return folder, _changed_since_fork(repo, folder, base), []
    folder = scratch / "submission"
    git.export(repo, "HEAD", folder, "katas")
    changed = {name for name in git.git(repo, "diff", "--name-only", "--no-renames", base, "HEAD", "--").splitlines() if name}
    notes = []
    if dirty := git.uncommitted(repo):
        shown = ", ".join(dirty[:3]) + (f" and {len(dirty) - 3} more" if len(dirty) > 3 else "")
        notes.append(f"{len(dirty)} uncommitted change(s) not graded ({shown}): the grade is of your last "
                     "commit; commit them first (git add -A && git commit -m 'katas') to grade them")
    return folder, changed, notes


def _same_package(mine: Path, theirs: Path) -> bool:
    def sources(folder: Path) -> dict[str, bytes]:
        return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.py"))}

    return theirs.is_dir() and sources(mine) == sources(theirs)


def _rerun_with(examiner: Path, repo: Path, base: str, arguments: argparse.Namespace) -> int:
    if os.environ.get("DOJO_VERIFY_GRADER") == "base":
        raise CliError("the base's grader differs from itself: is the base commit's dojo/ complete?")
    command = [sys.executable, "-m", "dojo", "verify", "--repo", str(repo), "--base", base]
    # Only what was asked for: an older base's grader may not know these options.
    if arguments.time_limit != DEFAULT_TIME_LIMIT:
        command += ["--time-limit", str(arguments.time_limit)]
    if arguments.exit_grace != EXIT_GRACE:
        command += ["--exit-grace", str(arguments.exit_grace)]
    if arguments.katas_from:
        command += ["--katas-from", str(arguments.katas_from.resolve())]
    for option in ("json", "md", "html"):
        if value := getattr(arguments, option):
            command += [f"--{option}", str(Path(value).resolve())]
    env = {**os.environ, "PYTHONPATH": str(examiner), "DOJO_VERIFY_GRADER": "base"}
    return subprocess.run(command, cwd=examiner, env=env, check=False).returncode


def _changed_since_fork(repo: Path, submission: Path, base: str) -> set[str] | None:
    """What a checkout of a pull request changed since it forked from base's history; None when that is unknown.

    A pull request made from an older main differs from today's main in every file main changed
    since: those are not the learner's changes (and the examiner is today's anyway).
    """
    if not (submission / ".git").exists():
        return None
    head = git.commit_of(submission, "HEAD")
    if head is None:
        return None
    try:
        git.git(repo, "fetch", "--quiet", "--no-tags", str(submission), "HEAD")
    except CliError:
        return None
    fork_point = git.merge_base(repo, head, base)
    if fork_point is None:
        return None
    names = git.git(repo, "diff", "--name-only", "--no-renames", fork_point, head, "--").splitlines()
    return {name for name in names if name}


def changed_files(submission: Path, examiner: Path) -> set[str]:
    """Paths whose content differs between the two trees, or that only one of them has (caches aside)."""

    def files(root: Path) -> dict[str, Path]:
        found = {}
        for path in root.rglob("*"):
            relative = path.relative_to(root).as_posix()
            if path.is_file() and not relative.startswith((".git/", ".dojo/")) and "__pycache__/" not in relative:
                found[relative] = path
        return found

    mine, theirs = files(submission), files(examiner)
    return {p for p in mine.keys() | theirs.keys()
            if p not in mine or p not in theirs or mine[p].read_bytes() != theirs[p].read_bytes()}


def verify(
    submission: Path, base: str, scratch: Path, time_limit: float = DEFAULT_TIME_LIMIT, exit_grace: float = EXIT_GRACE,
    changed: set[str] | None = None,
) -> Verification:
    """Grade the kata modules of the submission folder; the base commit is already exported to scratch/examiner."""
    started = time.monotonic()
    examiner = scratch / "examiner"
    try:
        curriculum = load_curriculum(examiner / "katas")
    except CurriculumError as error:
        raise CliError(f"the base commit's curriculum has problems: {error.problems[0]}") from None
    if changed is None:
        changed = changed_files(submission, examiner)
    tampered = sorted(path for path in changed if is_examiner(path))
    target = scratch / "target"
    attempted, ignored = _gather_katas(submission, examiner, curriculum, changed, target)
    reaching = _scan(submission, examiner, curriculum, attempted)
    run = _run_examiner(examiner, target, scratch, curriculum, attempted, (time_limit, exit_grace))
    grades = _grades(curriculum, attempted, run)
    reaching += run.reaching
    for grade in grades:
        if any(line.startswith(f"{grade.topic}/{grade.module}.py") for line in reaching) and grade.state == "passed":
            grade.state = "failed"
            grade.failures.insert(0, "its code reaches into the examiner (see Tampering)")
    return Verification(
        base=base,
        attempted=sum(g.state != "not started" for g in grades),
        passed=sum(g.state == "passed" for g in grades),
        tampered=tampered,
        ignored=ignored,
        katas=grades,
        readiness=run.readiness,
        reaching=reaching,
        notes=run.notes,
        stopped=run.stopped,
        seconds=round(time.monotonic() - started, 1),
    )


def _gather_katas(
    submission: Path, examiner: Path, curriculum: Curriculum, changed: set[str], target: Path
) -> tuple[set[str], list[str]]:
    """Copy the submission's kata modules into target; return the attempted modules and the ignored new files."""
    known = {f"katas/{kata.topic}/{kata.module}.py" for topic in curriculum.topics for kata in topic.katas}
    attempted = set()
    for topic in curriculum.topics:
        (target / topic.id).mkdir(parents=True, exist_ok=True)
        for kata in topic.katas:
            path = f"katas/{topic.id}/{kata.module}.py"
            mine = submission / path
            if mine.is_file():
                (target / topic.id / f"{kata.module}.py").write_bytes(mine.read_bytes())
            if path in changed:
                attempted.add(kata.module)
    ignored = sorted(p for p in changed if p.startswith("katas/") and p not in known and not is_examiner(p)
                     and (submission / p).exists())
    return attempted, ignored


def _scan(submission: Path, examiner: Path, curriculum: Curriculum, attempted: set[str]) -> list[str]:
    """AST hits in attempted kata modules that their pristine stubs do not have: each is tampering to review."""
    from dojo import integrity  # here: it is also a pytest plugin, and `dojo --help` must not import pytest

    tests = {f"test_{kata.module}" for topic in curriculum.topics for kata in topic.katas}
    found = []
    for topic in curriculum.topics:
        for kata in topic.katas:
            path = f"katas/{topic.id}/{kata.module}.py"
            if kata.module not in attempted or not (submission / path).is_file():
                continue
            stub = examiner / path
            pristine = Counter((h.what, h.text) for h in integrity.scan(stub.read_text("utf-8", "replace"), tests)) \
                if stub.is_file() else Counter()
            for hit in integrity.scan((submission / path).read_text("utf-8", "replace"), tests):
                if pristine[(hit.what, hit.text)] > 0:
                    pristine[(hit.what, hit.text)] -= 1
                    continue
                found.append(f"{topic.id}/{kata.module}.py {hit}")
    return found


# --------------------------------------------------------------------------- the run, at arm's length


class PipeReader:
    """Reads a named pipe from a thread: each writer's content separately, so a second writing (an atexit hook) shows."""

    def __init__(self, path: Path, on_line: Callable[[bytes], None] | None = None):
        self.path = path
        os.mkfifo(path)
        self.writings: list[bytes] = []
        self.on_line = on_line
        self._stopping = False
        self._thread = threading.Thread(target=self._read, name=f"dojo-verify {path.name}", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while True:
            descriptor = os.open(self.path, os.O_RDONLY)  # blocks until a writer opens it
            chunks = []
            with os.fdopen(descriptor, "rb") as pipe:
                for line in pipe:
                    chunks.append(line)
                    if self.on_line is not None:
                        self.on_line(line)
            if self._stopping and not chunks:
                return
            self.writings.append(b"".join(chunks))

    def stop(self, patience: float = 5.0) -> bool:
        """After the run's processes are gone: release the reader waiting for the next writer.

        False when a writer still holds the pipe after `patience` seconds (a process kata code
        started outside the run's process group): the reader is left behind, a daemon thread.
        """
        self._stopping = True
        give_up = time.monotonic() + patience
        while self._thread.is_alive() and time.monotonic() < give_up:
            try:
                os.close(os.open(self.path, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:
                pass  # no reader waiting this instant: it is still reading, or about to wait again
            self._thread.join(0.05)
        return not self._thread.is_alive()


@dataclass
class ExaminerRun:
    outcomes: dict[tuple[str, str], str | None]
    readiness: dict[str, Any] | None
    reaching: list[str]
    notes: list[str]
    stopped: str | None
    failed_katas: dict[str, str]  # kata module -> why it failed whatever its tests said


class IntegrityEvents:
    """The events the run streams (dojo.integrity), read as they arrive."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []
        self.current: str | None = None
        self.ended_at: float | None = None
        self.end: dict[str, Any] | None = None
        self.after_end: list[bytes] = []

    def on_line(self, line: bytes) -> None:
        if self.ended_at is not None:
            self.after_end.append(line)
            return
        try:
            event = json.loads(line)
        except ValueError:
            event = {"event": "garbage", "line": line[:200].decode(errors="replace")}
        if not isinstance(event, dict):
            event = {"event": "garbage", "line": line[:200].decode(errors="replace")}
        self.events.append(event)
        if event.get("event") == "test":
            self.current = str(event.get("nodeid"))
        elif event.get("event") == "end":
            self.end = event
            self.ended_at = time.monotonic()


def _kata_of_nodeid(nodeid: str) -> tuple[str, str] | None:
    parts = nodeid.split("::", 1)[0].split("/")
    if len(parts) == 3 and parts[0] == "katas" and parts[2].startswith("test_"):
        return parts[1], parts[2][len("test_"):].removesuffix(".py")
    return None


def _run_examiner(
    examiner: Path, target: Path, scratch: Path, curriculum: Curriculum, attempted: set[str], limits: tuple[float, float]
) -> ExaminerRun:
    paths = [f"katas/{kata.topic}/test_{kata.module}.py" for topic in curriculum.topics for kata in topic.katas
             if kata.module in attempted]
    if not paths:
        return ExaminerRun({}, None, [], [], None, {})
    events = IntegrityEvents()
    # The run's records reach us only through this pipe, sealed by the "end" event: files on disk are
    # within reach of kata code that runs later (an atexit hook), the pipe's first writing is not.
    channel = PipeReader(scratch / "integrity.jsonl", events.on_line)
    command = [
        sys.executable, "-m", "pytest", *paths, "--dojo-target", str(target), "-p", "no:cacheprovider", "-q",
        "-p", "dojo.integrity", f"--dojo-integrity={channel.path}",
        f"--dojo-results={scratch / 'results.json'}", f"--dojo-json={scratch / 'readiness.json'}",
    ]
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DOJO_", "PYTEST_"))}
    env["PYTHONPATH"] = str(examiner)  # the examiner's dojo, not the branch's
    env.pop("GITHUB_STEP_SUMMARY", None)
    output_path = scratch / "output.txt"
    with output_path.open("wb") as output:
        child = subprocess.Popen(command, cwd=examiner, env=env, stdout=output, stderr=subprocess.STDOUT,
                                 stdin=subprocess.DEVNULL, start_new_session=True)
        try:
            stopped, failed_katas = _supervise(child, events, limits, {k.module for t in curriculum.topics for k in t.katas})
        finally:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(child.pid, signal.SIGKILL)  # the run, and whatever kata code started in its process group
            child.wait()
            released = channel.stop()
    reaching = _reaching(events, channel, curriculum)
    if not released:
        reaching.append("a process started by kata code kept the examiner's channel open after the run ended")
    notes: list[str] = []
    if stopped is None and events.ended_at is None:
        stopped = "the run ended before its session did (os._exit, a crash, or kata code that stopped the examiner)"
        last = (output_path.read_text("utf-8", "replace").strip().splitlines() or [""])[-3:]
        notes.append("the run's last lines: " + " | ".join(last))
    end = events.end or {}
    try:
        outcomes = _outcomes(records.from_data(end["results"], "the run's results record")) if end.get("results") else {}
    except records.ResultsError as error:
        reaching.append(f"the results record was not the examiner's: {error}")
        outcomes = {}
    readiness = end.get("readiness") if isinstance(end.get("readiness"), dict) else None
    if stopped is None and not outcomes:
        tail = "\n".join(output_path.read_text("utf-8", "replace").strip().splitlines()[-5:])
        raise CliError(f"the examiner could not run the katas:\n{tail}")
    return ExaminerRun(outcomes, readiness, reaching, notes, stopped, failed_katas)


def _supervise(
    child: subprocess.Popen[bytes], events: IntegrityEvents, limits: tuple[float, float], katas: set[str]
) -> tuple[str | None, dict[str, str]]:
    """Wait for the run within its time limit; (why it was stopped or None, katas to fail with the reason)."""
    time_limit, exit_grace = limits
    deadline = time.monotonic() + time_limit
    while child.poll() is None:
        now = time.monotonic()
        if events.ended_at is not None and now > events.ended_at + exit_grace:
            threads = (events.end or {}).get("threads") or []
            named = ", ".join(f"{t.get('name')} (from {t.get('module')})" for t in threads) or "none seen"
            failed = {str(t.get("module")): "it leaves a thread running when its tests end, so the run never exits"
                      for t in threads if t.get("module") in katas}
            return f"the run did not exit within {exit_grace:g} s of its end; threads still running: {named}", failed
        if now > deadline:
            where = events.current
            if where is None:
                return f"the run ran out of its {time_limit:g} s time limit before any test started", {}
            kata = _kata_of_nodeid(where)
            failed = {kata[1]: f"{where.split('::', 1)[-1]}: still running when the time limit ran out"} if kata else {}
            return f"the run ran out of its {time_limit:g} s time limit while running {where}", failed
        time.sleep(0.05)
    return None, {}


def _reaching(events: IntegrityEvents, channel: PipeReader, curriculum: Curriculum) -> list[str]:
    """What the run's events and pipes say kata code did to the examiner, one line each."""
    topic_of = {k.module: k.topic for t in curriculum.topics for k in t.katas}
    reaching = []
    for event in events.events:
        if event.get("event") == "tamper":
            kata = str(event.get("kata"))
            who = f"{topic_of[kata]}/{kata}.py" if kata in topic_of else "kata code"
            reaching.append(f"{who}: {event.get('what')} (seen at {event.get('where')})")
        elif event.get("event") == "garbage":
            reaching.append(f"kata code wrote into the examiner's event stream: {event.get('line')!r}")
    if events.after_end or len(channel.writings) > 1:
        reaching.append("kata code wrote into the examiner's channel after the session ended (an atexit hook?): "
                        "only what came before the end counts")
    return reaching


def _grades(curriculum: Curriculum, attempted: set[str], run: ExaminerRun) -> list[KataGrade]:
    grades = [KataGrade(kata.topic, kata.module, "not started") for topic in curriculum.topics for kata in topic.katas]
    for grade in grades:
        if grade.module not in attempted:
            continue
        mine = {name: message for (kata, name), message in run.outcomes.items() if kata == grade.module}
        grade.total = len(mine)
        grade.failures = [f"{name}: {message}" for name, message in mine.items() if message is not None]
        grade.passed = grade.total - len(grade.failures)
        if grade.module in run.failed_katas:
            grade.failures.insert(0, run.failed_katas[grade.module])
        elif not mine and run.stopped:
            grade.failures.append("not graded: the run was stopped before its results were written")
        grade.state = "passed" if grade.total and not grade.failures else "failed"
    return grades


def _outcomes(record: records.Results) -> dict[tuple[str, str], str | None]:
    """(kata module, test name) -> None when it passed, else the first line of why not (one definition of passed)."""
    outcomes: dict[tuple[str, str], str | None] = {}
    for row in record.rows:
        if row.kata is None:
            continue
        name = row.nodeid.split("::", 1)[-1]
        if row.outcome == "passed":
            outcomes[(row.kata, name)] = None
            continue
        why = (row.message.splitlines() or [row.outcome])[0][:160]
        outcomes[(row.kata, name)] = f"{row.exception}: {why}" if row.exception and not why.startswith(row.exception) else why
    for error in record.collection_errors:
        kata = _kata_of_nodeid(error.nodeid)
        if kata is not None:
            last = (error.message.strip().splitlines() or ["could not be collected"])[-1][:160]
            outcomes[(kata[1], "(collection)")] = f"the test module could not import it: {last}"
    return outcomes


def markdown(result: Verification) -> str:
    verdict = "PASSED" if result.ok else "FAILED"
    out = [
        f"# dojo verify: {verdict}",
        "",
        f"attempted {result.attempted} / passed {result.passed} / tampered {len(result.tampered) + len(result.reaching)}"
        f"  (examiner from `{result.base[:12]}`, {result.seconds:g} s)",
        "",
    ]
    if result.stopped:
        out += [f"**The run was stopped:** {result.stopped}.", ""]
    if result.tampered:
        out += ["## Tampering: examiner files changed on this branch (they count for nothing)", ""]
        out += [f"- `{path}`" for path in result.tampered] + [""]
    if result.reaching:
        out += ["## Tampering to review: kata code that reaches into the examiner", ""]
        out += [f"- {line}" for line in result.reaching] + [""]
    if result.ignored:
        out += ["New files under katas/ that are not kata modules (ignored):", ""]
        out += [f"- `{path}`" for path in result.ignored] + [""]
    out += ["## Katas", "", "| topic | kata | state | tests passed |", "|---|---|---|---:|"]
    for grade in result.katas:
        if grade.state == "not started":
            continue
        out.append(f"| {grade.topic} | `{grade.module}.py` | {grade.state} | {grade.passed}/{grade.total} |")
    started = {g.topic for g in result.katas if g.state != "not started"}
    done = sorted({g.topic for g in result.katas} - {g.topic for g in result.katas if g.state != "passed"})
    untouched = sorted({g.topic for g in result.katas} - started)
    if done:
        out += ["", "Topics done: " + ", ".join(done)]
    if untouched:
        out += ["", "Not started: " + ", ".join(untouched)]
    failing = [g for g in result.katas if g.state == "failed"]
    if failing:
        out += ["", "## Failing tests", ""]
        for grade in failing:
            out += [f"- `{grade.topic}/{grade.module}.py`: " + "; ".join(grade.failures[:3])]
    if result.notes:
        out += ["", "## Notes", ""] + [f"- {note}" for note in result.notes]
    return "\n".join(out) + "\n"


def html_page(result: Verification) -> str | None:
    """The readiness of the graded katas as an HTML page (no history: a grade has no progress store); None without one."""
    from dojo.html_report import ReportData, render
    from dojo.readiness import RecordError, readiness_from_dict

    if result.readiness is None:
        return None
    try:
        readiness = readiness_from_dict({**result.readiness, "target": "katas"})  # not the grader's scratch folder
    except RecordError:
        return None
    verdict = "PASSED" if result.ok else "FAILED"
    notes = [f"dojo verify: {verdict}; the examiner from {result.base[:12]}; only the attempted katas ran "
             f"({result.attempted} attempted, {result.passed} passed), so untouched topics show as not started"]
    made = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    return render(ReportData(readiness, generated=made, notes=notes + [f"dojo verify: {n}" for n in result.notes]))


def to_json(result: Verification) -> str:
    return json.dumps({"schema": 2, "ok": result.ok, **asdict(result)}, indent=2, sort_keys=True) + "\n"
