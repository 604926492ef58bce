"""Alternative: parse_settings over itertools.takewhile, find_cell as next() over a lazy generator of matches.

takewhile stops reading at "[end]" the way break does; the generator expression skips blanks
and comments the way continue does; next() stops the nested generator at the first match, so
no row after it is read, as a return from both loops would.
"""

import itertools


def parse_settings(lines) -> dict:
    stripped = (line.strip() for line in lines)
    wanted = itertools.takewhile(lambda line: line != "[end]", stripped)
    pairs = (line.partition("=") for line in wanted if line and not line.startswith("#"))
    return {key.strip(): value.strip() for key, _, value in pairs}


def find_cell(rows, target):
    matches = ((r, c) for r, row in enumerate(rows) for c, value in enumerate(row) if value == target)
    return next(matches, None)
