"""The learner's commands: next, list, hint, reset, check, report. Each is thin over pytest,
the stored progress and the readiness judgement; none grades by itself."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from dojo.cli import git
from dojo.cli.errors import CliError
from dojo.cli.runner import QUIET, run_pytest
from dojo.cli.workspace import Workspace, task_line
from dojo.curriculum import Kata


def _command(commands: Any, name: str, summary: str, example: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        name, help=summary, description=summary, epilog=f"example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


def register(commands: Any) -> None:
    parser = _command(commands, "next", "check the current kata, then show the next unfinished one", "dojo next")
    parser.add_argument("topic", nargs="?", help="stay within this topic (08, scope or 08_scope)")
    parser.set_defaults(run=next_kata)

    parser = _command(commands, "list", "topics and katas with their state, hints used and checklist items", "dojo list 08")
    parser.add_argument("topic", nargs="?", help="only this topic")
    parser.set_defaults(run=list_katas)

    parser = _command(
        commands, "hint", "show the hint you have unlocked for a kata; --next unlocks the next one (kept)",
        "dojo hint closures          # the hint you are on\n  dojo hint closures --next   # unlock the next, more direct one",
    )
    parser.add_argument("kata", help="a kata module's name or path")
    parser.add_argument("--next", action="store_true", help="unlock the next hint tier and show it")
    parser.set_defaults(run=hint)

    parser = _command(
        commands, "reset", "put back the pristine file of a kata, a topic or a test file, keeping yours under .dojo/backups/",
        "dojo reset closures                          # katas/08_scope/closures.py only\n"
        "  dojo reset katas/08_scope/test_closures.py   # that test file only\n"
        "  dojo reset 08                                # every kata module of topic 08",
    )
    parser.add_argument("what", nargs="?", help="a kata (name or path), a kata's test file, or a topic")
    parser.add_argument("--yes", action="store_true", help="do not ask before overwriting")
    parser.add_argument("--progress", action="store_true", help="forget all progress instead, of every kata (a backup is kept)")
    parser.set_defaults(run=reset)

    parser = _command(commands, "check", "run pytest on the katas (same plugin, same report)",
                      "dojo check 08 -x\n  dojo check -k closures")
    parser.add_argument("pytest_args", nargs=argparse.REMAINDER, metavar="[TOPIC] [PYTEST ARGS]",
                        help="a topic (08, scope or 08_scope), then anything pytest takes")
    parser.set_defaults(run=check)

    parser = _command(
        commands, "report", "the readiness report from stored progress, with the practice rounds; running nothing",
        "dojo report --md report.md\n  dojo report --html report.html   # one page to open in a browser, share or print",
    )
    parser.add_argument("--json", metavar="PATH", help="also write it as JSON")
    parser.add_argument("--md", metavar="PATH", help="also write it as Markdown")
    parser.add_argument("--html", metavar="PATH", help="also write it as one self-contained HTML page: the verdict, "
                        "progress over time (charts with their numbers), the checklist and practice; works offline, "
                        "in light and dark mode, and prints")
    parser.add_argument("--full", action="store_true", help=argparse.SUPPRESS)  # the report is always whole
    parser.set_defaults(run=report)


def _show_kata(workspace: Workspace, kata: Kata, heading: str) -> None:
    path = workspace.kata_path(kata)
    print(heading)
    print(f"  {path.relative_to(workspace.root)}  ({kata.title})")
    print(f"  {task_line(path)}")
    print(f"  run: pytest {workspace.test_path(kata)}")


def next_kata(arguments: argparse.Namespace) -> int:
    workspace = Workspace.here()
    topic = workspace.topic(arguments.topic) if arguments.topic else None
    current = workspace.current_kata(topic)
    if current is not None:  # check it first, so a kata solved in the editor counts at once
        run_pytest(workspace.root, [workspace.test_path(current), *QUIET], capture=True)
        workspace.refresh()
        if workspace.kata_state(current) == "done":
            print(f"{current.topic}/{current.module}.py passes.")
    upcoming = workspace.current_kata(topic)
    if upcoming is None:
        print("Every kata" + (f" of {topic.id}" if topic else "") + " passes. `dojo report` shows your readiness.")
        return 0
    _show_kata(workspace, upcoming, "Next:")
    return 0


def list_katas(arguments: argparse.Namespace) -> int:
    workspace = Workspace.here()
    topics = [workspace.topic(arguments.topic)] if arguments.topic else [t for t in workspace.curriculum.topics]
    for topic in topics:
        if not topic.has_katas:
            print(f"{topic.id}  (no katas yet)")
            continue
        states = [workspace.kata_state(k) for k in topic.katas]
        print(f"{topic.id}  {states.count('done')}/{len(states)} katas done")
        for kata, state in zip(topic.katas, states, strict=True):
            tier = workspace.progress.hint_tier(kata.module, len(kata.hints), workspace.hint_runs)
            hints = f"hints {tier + 1}/{len(kata.hints)}" if kata.module in workspace.progress.katas else "hints -"
            items = sorted({i for r in workspace.progress.tests.values() if r.kata == kata.module for i in r.checklist})
            print(f"  {state:<12} {kata.module + '.py':<28} {hints:<10} {', '.join(items) or '-'}")
    return 0


def hint(arguments: argparse.Namespace) -> int:
    """The hint unlocked (what the loop and pytest show); --next unlocks the next tier first, never skipping one."""
    workspace = Workspace.here()
    kata = workspace.kata(arguments.kata)
    count = len(kata.hints)
    tier = workspace.progress.hint_tier(kata.module, count, workspace.hint_runs)
    if arguments.next and tier + 1 < count:
        from dojo.progress import ProgressError

        try:
            unlocked = workspace.progress.ask_hint(kata.module, count, workspace.hint_runs)
            if unlocked <= tier:  # a kata never run: the first call records its first tier
                unlocked = workspace.progress.ask_hint(kata.module, count, workspace.hint_runs)
        except (ProgressError, OSError, sqlite3.Error) as error:
            raise CliError(f"could not save the hint unlocked in {workspace.progress.path}: {error}") from None
        tier = unlocked
    last = " (the last one)" if tier + 1 == count else ""
    print(f"hint {tier + 1} of {count} for {kata.topic}/{kata.module}.py{last}:")
    print(f"  {kata.hints[tier]}")
    if tier + 1 < count:
        print(f"`dojo hint {kata.module} --next` unlocks hint {tier + 2} of {count}, more direct.")
    elif arguments.next:
        print("There is no hint after this one.")
    return 0


def _pristine(workspace: Workspace, relative: str) -> bytes:
    """The kata file as published: at the merge base with origin/main, else as first added."""
    root = workspace.root
    try:
        git.toplevel(root)
    except CliError:
        raise CliError("this is not a git repository, so there is no pristine copy to reset from") from None
    base = git.merge_base(root, "origin/main")
    if base is None:
        added = git.git(root, "log", "--diff-filter=A", "--format=%H", "--", relative).split()
        base = added[-1] if added else None
    published = git.show(root, base, f"./{relative}") if base else None  # ./: relative to the kata repository
    if published is None:
        raise CliError(f"git has no published version of {relative}")
    return published


def _confirm(question: str, yes: bool) -> None:
    if yes:
        return
    if not sys.stdin.isatty():
        raise CliError("not asking on a pipe: add --yes to reset without a question")
    if input(f"{question} [y/N] ").strip().lower() not in ("y", "yes"):
        raise CliError("nothing reset", status=1)


def _named_files(workspace: Workspace, what: str) -> tuple[str, list[str]]:
    """What `dojo reset WHAT` puts back: (a description, repository-relative files); only ever what was named."""
    path = Path(what)
    if path.name.startswith("test_") and path.suffix == ".py":  # a kata's test file: that file, never the kata module
        candidate = path if path.is_absolute() else Path.cwd() / path
        try:
            relative = candidate.resolve().relative_to(workspace.root.resolve())
        except ValueError:
            relative = path
        parts = relative.parts
        kata = workspace.curriculum.kata(path.stem.removeprefix("test_"))
        if kata is None or parts[:2] != ("katas", kata.topic) or len(parts) != 3:
            raise CliError(f"{what} is not a kata's test file (those are katas/NN_topic/test_<kata>.py)")
        return f"the test file {relative.as_posix()}", [relative.as_posix()]
    try:
        kata = workspace.kata(what)
    except CliError:
        kata = None
    if kata is not None:
        return f"the kata {kata.module}", [workspace.kata_path(kata).relative_to(workspace.root).as_posix()]
    try:
        topic = workspace.topic(what)
    except CliError:
        raise CliError(f"unknown kata, test file or topic {what!r}: `dojo list` shows them") from None
    return f"the katas of {topic.id}", [workspace.kata_path(k).relative_to(workspace.root).as_posix() for k in topic.katas]


def reset(arguments: argparse.Namespace) -> int:
    workspace = Workspace.here()
    if arguments.progress:
        if arguments.what:
            raise CliError("--progress forgets the progress of every kata at once: give it alone (dojo reset --progress)")
        _confirm("Forget all progress (a backup is kept)?", arguments.yes)
        aside = workspace.progress.clear()
        print(f"progress cleared; the old file is kept as {aside}" if aside else "there was no progress to clear")
        return 0
    if not arguments.what:
        raise CliError("say what to reset: a kata (dojo reset closures), a test file, a topic (dojo reset 08) or --progress")
    _, files = _named_files(workspace, arguments.what)
    pristine = {f: _pristine(workspace, f) for f in files}  # all or nothing: fail before touching any file
    changed = [f for f in files if not (workspace.root / f).exists() or (workspace.root / f).read_bytes() != pristine[f]]
    if not changed:
        print("already pristine: nothing to reset")
        return 0
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backups = workspace.root / ".dojo" / "backups" / stamp
    present = [f for f in changed if (workspace.root / f).exists()]
    gone = [f for f in changed if f not in present]
    question = []
    if present:
        question.append(f"Reset {', '.join(present)}? Your version is kept under {backups.relative_to(workspace.root)}/.")
    if gone:
        question.append(f"Put back {', '.join(gone)} (deleted)?")
    _confirm(" ".join(question), arguments.yes)
    for relative in changed:
        mine = workspace.root / relative
        if mine.exists():
            (backups / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(mine, backups / relative)
        mine.parent.mkdir(parents=True, exist_ok=True)
        mine.write_bytes(pristine[relative])
        print(f"{'reset' if relative in present else 'put back'} {relative}")
    if backups.exists():
        print(f"your versions are kept under {backups.relative_to(workspace.root)}/")
    return 0


def check(arguments: argparse.Namespace) -> int:
    """dojo check [TOPIC] [pytest args]: a first argument that names a topic runs that topic; the rest goes to pytest."""
    workspace = Workspace.here()
    args = list(arguments.pytest_args)
    if args[:1] == ["--"]:
        args = args[1:]
    paths = ["katas"]
    if args and not args[0].startswith("-"):
        try:
            paths = [f"katas/{workspace.topic(args[0]).id}"]
            args = args[1:]
        except CliError:
            if not (Path.cwd() / args[0].split("::", 1)[0]).exists():
                raise
            paths = []  # a path of the learner's own: pytest runs just that
    return run_pytest(workspace.root, [*paths, *args]).returncode


def _html(workspace: Workspace, readiness: Any) -> str:
    from dojo.html_report import page_from_store

    made = f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    return page_from_store(readiness, workspace.progress, workspace.curriculum, date.today(), made)


def report(arguments: argparse.Namespace) -> int:
    from dojo import render
    from dojo.cli.practice import practice_of  # interview and drill rounds: self-scored, never the verdict

    workspace = Workspace.here()
    readiness = workspace.readiness()
    practice = practice_of(workspace, date.today())
    for text, _ in render.terminal_lines(readiness, practice):
        print(text)
    outputs: list[tuple[str | None, Callable[[], str]]] = [(arguments.json, lambda: render.to_json(readiness, practice)),
               (arguments.md, lambda: render.markdown(readiness, practice)), (arguments.html, lambda: _html(workspace, readiness))]
    for path, made in outputs:
        if path:
            text = made()
            try:
                Path(path).write_text(text, encoding="utf-8")
            except OSError as error:
                raise CliError(f"could not write {path}: {error.strerror}") from None
    for notice in workspace.progress.notices:
        print(notice, file=sys.stderr)
    return 0
