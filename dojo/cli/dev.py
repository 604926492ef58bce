"""``dojo dev check``: the kata contract, for the people who write katas (see dojo.dev.contract)."""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from dojo.cli.errors import CliError
from dojo.cli.workspace import Workspace

EXAMPLE = """examples:
  dojo dev check                 every topic (unchanged ones come from the cache)
  dojo dev check 08 scope        some topics, by number or name
  dojo dev check 16 --mutants    also mutation-test the reference solutions
  dojo dev check --no-cache      run everything again (and cache the fresh verdicts)"""


def register(commands: Any) -> None:
    dev = commands.add_parser("dev", help="tools for kata authors: dojo dev check", description="Tools for kata authors.")
    dev_commands = dev.add_subparsers(dest="dev_command", metavar="COMMAND", required=True)
    check = dev_commands.add_parser(
        "check",
        help="prove the kata contract for some topics (default: all)",
        description="Prove the kata contract: stubs fail for the right reason (in the topic's order, shuffled, in "
        "their file and alone), the solutions pass, every misconception is rejected and every alternative "
        "accepted, every checklist item is proven on this Python, the quizzes have no tell. A topic that "
        "passed and has not changed since comes from the cache under .dojo/contract/.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("topics", nargs="*", metavar="TOPIC", help="topics to check (08, scope or 08_scope); default all")
    check.add_argument("--mutants", action="store_true", help="also mutation-test the reference solutions of these topics")
    check.add_argument("--no-cache", action="store_true",
                       help="check every topic again, even unchanged ones (their fresh verdicts are cached)")
    check.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                       help="parts of topics checked side by side, and twice as many batches of mutants "
                            "(default: the number of CPUs)")
    check.set_defaults(run=run_check, command="dev check")


def run_check(arguments: argparse.Namespace) -> int:
    from dojo.dev import contract

    workspace = Workspace.here()
    curriculum = workspace.curriculum
    topics = [workspace.topic(name).id for name in arguments.topics] or contract.topics_with_katas(curriculum)
    if arguments.jobs < 1:
        raise CliError("--jobs must be 1 or more")
    cache = _usable_cache(workspace.root / ".dojo" / "contract")
    started = time.monotonic()
    print(f"checking {len(topics)} topic{'s' * (len(topics) != 1)} on Python {platform.python_version()}, "
          f"{arguments.jobs} at a time", flush=True)
    with tempfile.TemporaryDirectory(prefix="dojo-dev-check-") as scratch:
        checker = contract.Contract(workspace.root, Path(scratch), cache, curriculum, refresh=arguments.no_cache)
        parts: dict[str, list[contract.TopicReport]] = {topic: [] for topic in topics}
        wanted = {topic: contract.parts_of(workspace.root, topic) for topic in topics}
        reports = {}
        with ThreadPoolExecutor(max_workers=arguments.jobs) as pool:
            # Every part of every topic side by side; a topic is shown when its last part is done.
            futures = [pool.submit(checker.check, topic, (part,)) for topic in topics for part in wanted[topic]]
            for future in as_completed(futures):
                report = future.result()
                parts[report.topic].append(report)
                if len(parts[report.topic]) == len(wanted[report.topic]):
                    reports[report.topic] = contract.merged(report.topic, parts[report.topic])
                    print(_summary(reports[report.topic]), flush=True)
        problems = contract.all_problems(reports[topic] for topic in topics)
        notes = [note for topic in topics for note in reports[topic].notes]
        if arguments.mutants:
            from dojo.dev import mutants

            outcome = mutants.check(workspace.root, topics, Path(scratch), jobs=arguments.jobs)
            print(outcome.summary, flush=True)
            problems += outcome.problems
    questions = contract.quiz_questions(workspace.root, curriculum)
    print(contract.quiz_figures(questions))
    problems += contract.quiz_problems(questions)
    for note in notes:
        print(f"note: {note}")
    elapsed = time.monotonic() - started
    if problems:
        print(f"\n{len(problems)} problem{'s' * (len(problems) != 1)} (in {elapsed:.1f} s):", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(f"the contract holds ({elapsed:.1f} s)")
    return 0


def _summary(report: Any) -> str:
    counts = ", ".join(f"{value} {name}" for name, value in report.counts.items())
    how = "cached" if report.cached else f"{report.seconds:.1f} s"
    state = "ok" if report.ok else f"{len(report.problems)} problem{'s' * (len(report.problems) != 1)}"
    return f"  {report.topic:<24} {state:<12} {counts}  ({how})"


def _usable_cache(folder: Path) -> Path | None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"dojo dev check: no cache ({folder}: {error.strerror}); every topic runs", file=sys.stderr)
        return None
    if not os.access(folder, os.W_OK):
        print(f"dojo dev check: no cache ({folder} is not writable); every topic runs", file=sys.stderr)
        return None
    return folder
