"""The learner's commands: next, list, hint, reset, check, report. Each is thin over pytest,
the stored progress and the readiness judgement; none grades by itself."""

from __future__ import annotations

import argparse
import shutil
import sys
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

    parser = _command(commands, "hint", "show the next hint for a kata (hints used are kept)", "dojo hint closures")
    parser.add_argument("kata", help="a kata module's name or path")
    parser.set_defaults(run=hint)

    parser = _command(commands, "reset", "put pristine katas back, keeping yours under .dojo/backups/", "dojo reset closures")
    parser.add_argument("what", nargs="?", help="a kata (name or path) or a topic")
    parser.add_argument("--yes", action="store_true", help="do not ask before overwriting")
    parser.add_argument("--progress", action="store_true", help="forget all progress instead (a backup is kept)")
    parser.set_defaults(run=reset)

    parser = _command(commands, "check", "run pytest on the katas (same plugin, same report)", "dojo check 08 -x")
    parser.add_argument("topic", nargs="?", help="only this topic")
    parser.add_argument("pytest_args", nargs=argparse.REMAINDER, help="passed on to pytest")
    parser.set_defaults(run=check)

    parser = _command(
        commands, "report", "the readiness report from stored progress, with the practice rounds; running nothing",
        "dojo report --full",
    )
    parser.add_argument("--json", metavar="PATH", help="also write it as JSON")
    parser.add_argument("--md", metavar="PATH", help="also write it as Markdown")
    parser.add_argument("--full", action="store_true", help="the whole report (the default)")
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
    workspace = Workspace.here()
    kata = workspace.kata(arguments.kata)
    tier = workspace.progress.ask_hint(kata.module, len(kata.hints), workspace.hint_runs)
    last = " (the last one)" if tier + 1 == len(kata.hints) else ""
    print(f"hint {tier + 1} of {len(kata.hints)} for {kata.topic}/{kata.module}.py{last}:")
    print(f"  {kata.hints[tier]}")
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


def reset(arguments: argparse.Namespace) -> int:
    workspace = Workspace.here()
    if arguments.progress:
        _confirm("Forget all progress (a backup is kept)?", arguments.yes)
        kept = workspace.progress.clear()
        print(f"progress cleared; the old file is kept as {kept}" if kept else "there was no progress to clear")
        return 0
    if not arguments.what:
        raise CliError("say what to reset: a kata (dojo reset closures), a topic (dojo reset 08) or --progress")
    try:
        katas = [workspace.kata(arguments.what)]
    except CliError:
        katas = list(workspace.topic(arguments.what).katas)
    files = [workspace.kata_path(k).relative_to(workspace.root).as_posix() for k in katas]
    pristine = {f: _pristine(workspace, f) for f in files}  # all or nothing: fail before touching any file
    changed = [f for f in files if not (workspace.root / f).exists() or (workspace.root / f).read_bytes() != pristine[f]]
    if not changed:
        print("already pristine: nothing to reset")
        return 0
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backups = workspace.root / ".dojo" / "backups" / stamp
    _confirm(f"Reset {', '.join(changed)}? Your version is kept under {backups.relative_to(workspace.root)}/.", arguments.yes)
    for relative in changed:
        mine = workspace.root / relative
        if mine.exists():
            (backups / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(mine, backups / relative)
        mine.write_bytes(pristine[relative])
        print(f"reset {relative}")
    if backups.exists():
        print(f"your versions are kept under {backups.relative_to(workspace.root)}/")
    return 0


def check(arguments: argparse.Namespace) -> int:
    workspace = Workspace.here()
    paths = [f"katas/{workspace.topic(arguments.topic).id}"] if arguments.topic else ["katas"]
    return run_pytest(workspace.root, [*paths, *arguments.pytest_args]).returncode


def report(arguments: argparse.Namespace) -> int:
    from dojo import render
    from dojo.cli.practice import practice_of  # interview and drill rounds: self-scored, never the verdict

    workspace = Workspace.here()
    readiness = workspace.readiness()
    practice = practice_of(workspace, date.today())
    for text, _ in render.terminal_lines(readiness, practice):
        print(text)
    outputs = ((arguments.json, render.to_json(readiness, practice)), (arguments.md, render.markdown(readiness, practice)))
    for path, text in outputs:
        if path:
            try:
                Path(path).write_text(text, encoding="utf-8")
            except OSError as error:
                raise CliError(f"could not write {path}: {error.strerror}") from None
    for notice in workspace.progress.notices:
        print(notice, file=sys.stderr)
    return 0
