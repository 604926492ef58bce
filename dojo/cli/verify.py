"""``dojo verify``: grade a learner's branch with the examiner of the base it started from.

The examiner (every ``test_*.py``, ``conftest.py``, ``topic.toml``, ``katas/curriculum.toml``,
``dojo/`` and ``pyproject.toml``) comes from the base commit, exported to a temporary folder;
the branch contributes only its kata modules, copied into a target folder of their own, so an
edited test, a new conftest or a module that shadows the standard library changes nothing.
Examiner files that differ from the base are named as tampering and fail the run. A kata is
attempted when its module differs from the base: attempted katas must pass; untouched ones
are "not started" and cost nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from dojo.cli import git
from dojo.cli.errors import CliError
from dojo.curriculum import Curriculum, CurriculumError, load_curriculum

EXAMPLE = """example:
  dojo verify                       # against the merge base with origin/main
  dojo verify --base upstream/main --json report.json
"""
DEFAULT_BASES = ("origin/main", "upstream/main", "main")
EXAMINER_FILES = ("pyproject.toml", "conftest.py", "katas/curriculum.toml")


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "verify",
        help="grade this branch's katas with the examiner of its base (what CI runs)",
        description=__doc__,
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--base", metavar="REF", help="the commit to take the examiner from "
                        f"(default: the merge base of HEAD with the first of {', '.join(DEFAULT_BASES)} that exists)")
    parser.add_argument("--json", metavar="PATH", help="also write the result as JSON")
    parser.add_argument("--md", metavar="PATH", help="also write the Markdown summary "
                        "(default: appended to $GITHUB_STEP_SUMMARY when it is set)")
    parser.add_argument("--repo", type=Path, help=argparse.SUPPRESS)  # set when re-run with the base's grader
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
    tampered: list[str]
    ignored: list[str]
    katas: list[KataGrade]
    readiness: dict[str, Any] | None

    @property
    def ok(self) -> bool:
        return not self.tampered and self.attempted == self.passed


def is_examiner(path: str) -> bool:
    parts = path.split("/")
    name = parts[-1]
    return (
        path in EXAMINER_FILES
        or parts[0] == "dojo"
        or (parts[0] == "katas" and ((name.startswith("test_") and name.endswith(".py")) or name in ("conftest.py", "topic.toml")))
    )


def resolve_base(repo: Path, ref: str | None) -> str:
    candidates = [ref] if ref else [r for r in DEFAULT_BASES if git.commit_of(repo, r)]
    if ref and not git.commit_of(repo, ref):
        raise CliError(f"unknown ref {ref!r}: fetch it first (git fetch origin main) or name another with --base")
    if not candidates:
        raise CliError(f"no base to grade against: none of {', '.join(DEFAULT_BASES)} exists here; "
                       "fetch upstream (git fetch origin main) or pass --base REF")
    base = git.merge_base(repo, candidates[0])
    if base is None:
        hint = " This is a shallow clone: fetch more history (git fetch --unshallow, or actions/checkout with " \
               "fetch-depth: 0)." if git.is_shallow(repo) else ""
        raise CliError(f"{candidates[0]} and HEAD have no common commit here.{hint}")
    return base


def run(arguments: argparse.Namespace) -> int:
    repo = git.toplevel(arguments.repo or Path.cwd())
    base = resolve_base(repo, arguments.base)
    with tempfile.TemporaryDirectory(prefix="dojo-verify-") as scratch:
        examiner = Path(scratch) / "examiner"
        git.export(repo, base, examiner)
        if not _same_package(Path(__file__).resolve().parent.parent, examiner / "dojo"):
            # This grader is not the base's (the branch changed dojo/): grade with the base's own.
            return _rerun_with(examiner, repo, base, arguments)
        result = verify(repo, base, Path(scratch))
    summary = markdown(result)
    print(summary)
    md_path = arguments.md or os.environ.get("GITHUB_STEP_SUMMARY")
    for path, text, mode in ((arguments.json, to_json(result), "w"), (md_path, summary, "a" if not arguments.md else "w")):
        if path:
            try:
                with open(path, mode, encoding="utf-8") as handle:
                    handle.write(text)
            except OSError as error:
                raise CliError(f"could not write {path}: {error.strerror}") from None
    return 0 if result.ok else 1


def _same_package(mine: Path, theirs: Path) -> bool:
    def sources(folder: Path) -> dict[str, bytes]:
        return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.py"))}

    return theirs.is_dir() and sources(mine) == sources(theirs)


def _rerun_with(examiner: Path, repo: Path, base: str, arguments: argparse.Namespace) -> int:
    if os.environ.get("DOJO_VERIFY_GRADER") == "base":
        raise CliError("the base's grader differs from itself: is the base commit's dojo/ complete?")
    command = [sys.executable, "-m", "dojo", "verify", "--repo", str(repo), "--base", base]
    for option in ("json", "md"):
        if value := getattr(arguments, option):
            command += [f"--{option}", str(Path(value).resolve())]
    env = {**os.environ, "PYTHONPATH": str(examiner), "DOJO_VERIFY_GRADER": "base"}
    return subprocess.run(command, cwd=examiner, env=env, check=False).returncode


def verify(repo: Path, base: str, scratch: Path) -> Verification:
    """Grade the working tree of repo; the base commit is already exported to scratch/examiner."""
    examiner = scratch / "examiner"
    try:
        curriculum = load_curriculum(examiner / "katas")
    except CurriculumError as error:
        raise CliError(f"the base commit's curriculum has problems: {error.problems[0]}") from None
    changed = git.changed_paths(repo, base)
    tampered = sorted(path for path in changed if is_examiner(path))
    target = scratch / "target"
    attempted, ignored = _gather_katas(repo, examiner, curriculum, changed, target)
    grades = _grade(examiner, target, scratch, curriculum, attempted)
    readiness = _read_json(scratch / "readiness.json")
    return Verification(
        base=base,
        attempted=sum(g.state != "not started" for g in grades),
        passed=sum(g.state == "passed" for g in grades),
        tampered=tampered,
        ignored=ignored,
        katas=grades,
        readiness=readiness,
    )


def _gather_katas(
    repo: Path, examiner: Path, curriculum: Curriculum, changed: set[str], target: Path
) -> tuple[set[str], list[str]]:
    """Copy the branch's kata modules into target; return the attempted modules and the ignored new files."""
    known = {f"katas/{kata.topic}/{kata.module}.py" for topic in curriculum.topics for kata in topic.katas}
    attempted = set()
    for topic in curriculum.topics:
        (target / topic.id).mkdir(parents=True, exist_ok=True)
        for kata in topic.katas:
            path = f"katas/{topic.id}/{kata.module}.py"
            mine, theirs = repo / path, examiner / path
            if mine.is_file():
                (target / topic.id / f"{kata.module}.py").write_bytes(mine.read_bytes())
            if not mine.is_file() or not theirs.is_file() or mine.read_bytes() != theirs.read_bytes():
                attempted.add(kata.module)
    ignored = sorted(p for p in changed if p.startswith("katas/") and p not in known and not is_examiner(p))
    return attempted, ignored


def _grade(examiner: Path, target: Path, scratch: Path, curriculum: Curriculum, attempted: set[str]) -> list[KataGrade]:
    grades = [
        KataGrade(kata.topic, kata.module, "not started")
        for topic in curriculum.topics for kata in topic.katas
    ]
    paths = [f"katas/{g.topic}/test_{g.module}.py" for g in grades if g.module in attempted]
    if not paths:
        return grades
    junit = scratch / "junit.xml"
    command = [
        sys.executable, "-m", "pytest", *paths, "--dojo-target", str(target), "-p", "no:cacheprovider", "-q",
        f"--junitxml={junit}", f"--dojo-json={scratch / 'readiness.json'}", "-o", "junit_family=xunit1",
    ]
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DOJO_", "PYTEST_"))}
    env["PYTHONPATH"] = str(examiner)  # the examiner's dojo, not the branch's
    env.pop("GITHUB_STEP_SUMMARY", None)
    done = subprocess.run(command, cwd=examiner, env=env, capture_output=True, text=True)
    if not junit.exists():
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-5:])
        raise CliError(f"the examiner could not run the katas:\n{tail}")
    outcomes = _junit_outcomes(junit)
    for grade in grades:
        if grade.module not in attempted:
            continue
        mine = {name: message for (file, name), message in outcomes.items() if file == f"test_{grade.module}"}
        grade.total = len(mine)
        grade.failures = [f"{name}: {message}" for name, message in mine.items() if message is not None]
        grade.passed = grade.total - len(grade.failures)
        grade.state = "passed" if grade.total and not grade.failures else "failed"
    return grades


def _junit_outcomes(junit: Path) -> dict[tuple[str, str], str | None]:
    """(test module stem, test name) -> None when it passed, else the first line of why not."""
    outcomes: dict[tuple[str, str], str | None] = {}
    for case in ElementTree.parse(junit).getroot().iter("testcase"):
        stem = (case.get("file") or case.get("classname") or "").replace("\\", "/").rsplit("/", 1)[-1]
        stem = stem.removesuffix(".py").rsplit(".", 1)[-1]
        problem = next((child for child in case if child.tag in ("failure", "error", "skipped")), None)
        message = None if problem is None else (problem.get("message") or problem.tag).splitlines()[0][:160]
        outcomes[(stem, case.get("name", ""))] = message
    return outcomes


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return data
    except (OSError, ValueError):
        return None


def markdown(result: Verification) -> str:
    verdict = "PASSED" if result.ok else "FAILED"
    out = [
        f"# dojo verify: {verdict}",
        "",
        f"attempted {result.attempted} / passed {result.passed} / tampered {len(result.tampered)}"
        f"  (examiner from `{result.base[:12]}`)",
        "",
    ]
    if result.tampered:
        out += ["## Tampering: examiner files changed on this branch (they count for nothing)", ""]
        out += [f"- `{path}`" for path in result.tampered] + [""]
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
    return "\n".join(out) + "\n"


def to_json(result: Verification) -> str:
    return json.dumps({"schema": 1, "ok": result.ok, **asdict(result)}, indent=2, sort_keys=True) + "\n"
