"""Misconception: when run as a program a module's __name__ is its file name.

It is "__main__"; this guard never fires, so the program does nothing.

checklist: imports_modules.imports_execute
override: whole
"""

import sys


def totals(amounts):
    return len(amounts), sum(amounts)


def main(argv) -> int:
    amounts = [int(argument) for argument in argv]
    if not amounts:
        print("usage: report_script AMOUNT...", file=sys.stderr)
        return 2
    count, total = totals(amounts)
    print(f"{count} items, total {total}")
    return 0


if __name__ == "report_script.py":
    sys.exit(main(sys.argv[1:]))
