"""Misconception: the guard alone is the whole fix; the exit status takes care of itself.

Without sys.exit(main(...)) the program always exits 0.

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


if __name__ == "__main__":
    main(sys.argv[1:])
