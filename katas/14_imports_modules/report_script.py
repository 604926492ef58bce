"""Kata: if __name__ == "__main__".

Task: run as a program (`python report_script.py 3 4` or `python -m report_script 3 4`), this
module prints its report and exits with the status main() returns. Other code imports it to
call totals(), and importing it must run nothing else. It does not yet: fix it.
"""

import sys


def totals(amounts):
    """Return (how many amounts, their sum)."""
    return len(amounts), sum(amounts)


def main(argv) -> int:
    """Print "N items, total T" for the amounts given as arguments and return 0; with none, print usage and return 2."""
    amounts = [int(argument) for argument in argv]
    if not amounts:
        print("usage: report_script AMOUNT...", file=sys.stderr)
        return 2
    count, total = totals(amounts)
    print(f"{count} items, total {total}")
    return 0


main(sys.argv[1:])
