"""The ``dojo`` command: a thin layer over pytest and the same modules; it never grades by itself.

    dojo [watch [TOPIC]]         the loop: one kata at a time, re-checked on every save
    dojo next | list | hint KATA | reset KATA | check [TOPIC] | report
    dojo interview TOPIC [--solo | --candidate] [--pressure] [--shuffle] [--seed N]
    dojo drill [--seconds S] | review     practice out loud: scored rounds, spaced review
    dojo verify [--base REF]     grade this branch against the examiner of REF (for CI)
    dojo dev check [TOPIC ...]   for kata authors: prove the kata contract (--mutants: mutation tests too)

Every error is one line on stderr and a non-zero exit, never a traceback. Only the module of
the command being run is imported (pytest never is, for `dojo --help` or `dojo list`).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from dojo.cli.errors import CliError

USAGE_ERROR = 2

# command -> (its module, its one-line summary for `dojo --help`), in the order help lists them.
COMMANDS: dict[str, tuple[str, str]] = {
    "watch": ("watch", "the loop: the current kata, re-checked on every save (also plain `dojo`)"),
    "next": ("learn", "check the current kata, then show the next unfinished one"),
    "list": ("learn", "topics and katas with their state, hints used and checklist items"),
    "hint": ("learn", "show the hint you have unlocked for a kata; --next unlocks the next one"),
    "reset": ("learn", "put back the pristine file of a kata, a topic or a test file, keeping yours under .dojo/backups/"),
    "check": ("learn", "run pytest on the katas (same plugin, same report)"),
    "report": ("learn", "the readiness report from stored progress, with the practice rounds; running nothing"),
    "interview": ("practice", "a mock elimination round: the interviewer scores, or --solo alone"),
    "drill": ("practice", "the ten elimination questions, rapid-fire, against the clock"),
    "review": ("practice", "the questions due today again: every answer below pass comes back (Leitner boxes)"),
    "verify": ("verify", "grade this branch's katas with the examiner of its base (what CI runs)"),
    "dev": ("dev", "tools for kata authors: dojo dev check"),
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with command, that command's module is imported and registered whole, the others by name only."""
    parser = argparse.ArgumentParser(
        prog="dojo",
        description="Python Internals Katas: practise, check and grade katas.",
        epilog="Run 'dojo COMMAND --help' for a command's options and an example.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = COMMANDS[command][0] if command in COMMANDS else None
    registered = False
    for name, (module, summary) in COMMANDS.items():
        if module == wanted:
            if not registered:  # registers every command of that module, in the module's own order
                importlib.import_module(f"dojo.cli.{module}").register(commands)
                registered = True
        else:
            commands.add_parser(name, help=summary, description=summary, add_help=False)
    return parser


def _command_in(argv: Sequence[str]) -> str | None:
    return next((arg for arg in argv if not arg.startswith("-")), None)


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:] or ["watch"]
    argv = list(argv) or ["watch"]
    command = _command_in(argv)
    if command == "check":  # everything after it goes to pytest, options included (dojo check -k closures)
        at = argv.index("check") + 1
        if argv[at:at + 1] not in (["-h"], ["--help"]):
            argv.insert(at, "--")
    parser = build_parser(command)
    arguments = parser.parse_args(argv)
    if getattr(arguments, "run", None) is None:  # no command, or one given after an option
        parser.print_usage(sys.stderr)
        print("dojo: say the command first: dojo COMMAND [options]", file=sys.stderr)
        return USAGE_ERROR
    try:
        status: int = arguments.run(arguments)
    except CliError as error:
        print(f"dojo {arguments.command}: {error}", file=sys.stderr)
        return error.status
    except KeyboardInterrupt:
        print(f"dojo {arguments.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `dojo interview 08 --candidate | head`: the reader left; nothing to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error flushing a closed pipe at exit
        return 0
    return status
