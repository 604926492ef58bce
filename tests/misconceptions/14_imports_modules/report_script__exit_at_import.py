"""Misconception: sys.exit at module level is how a script ends; importers will cope.

Importing the module now runs the program and raises SystemExit.

checklist: imports_modules.imports_execute
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


sys.exit(main(sys.argv[1:]))
