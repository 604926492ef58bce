"""The ``dojo`` command: a thin layer over pytest and the same modules; it never grades by itself.

    dojo [watch [TOPIC]]         the loop: one kata at a time, re-checked on every save
    dojo next | list | hint KATA | reset KATA | check [TOPIC] | report
    dojo interview TOPIC [--solo | --candidate] [--pressure] [--shuffle] [--seed N]
    dojo drill [--seconds S] | review     practice out loud: scored rounds, spaced review
    dojo verify [--base REF]     grade this branch against the examiner of REF (for CI)
    dojo dev check [TOPIC ...]   for kata authors: prove the kata contract (--mutants: mutation tests too)

Every error is one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from dojo.cli import dev, learn, practice, verify, watch
from dojo.cli.errors import CliError

USAGE_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dojo",
        description="Python Internals Katas: practise, check and grade katas.",
        epilog="Run 'dojo COMMAND --help' for a command's options and an example.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    watch.register(commands)
    learn.register(commands)
    practice.register(commands)
    verify.register(commands)
    dev.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = parser.parse_args(["watch"] if argv is None and len(sys.argv) == 1 else argv)
    if arguments.command is None:  # `dojo` alone, called as a function with no arguments
        arguments = parser.parse_args(["watch"])
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
