"""Alternative: main builds the report with sum over a generator, and the guard raises SystemExit.

`raise SystemExit(code)` is what sys.exit(code) does; under the guard it runs only when the file
is the program, never at import.
"""

import sys


def totals(amounts):
    count = total = 0
    for amount in amounts:
        count, total = count + 1, total + amount
    return count, total


def main(argv) -> int:
    if not argv:
        sys.stderr.write("usage: report_script AMOUNT...\n")
        return 2
    count, total = totals(int(argument) for argument in argv)
    print(f"{count} items, total {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
