"""Misconception: indexing and slicing do what unpacking does.

A slice keeps the input's type (a tuple, not a list), a generator cannot be indexed, and
indexing never checks that a pair has exactly two items.

checklist: tuples.unpacking
"""


def split_command(tokens) -> tuple:
    tokens = tuple(tokens)
    if not tokens:
        raise ValueError("no command")
    return tokens[0], tokens[1:]


def parse_setting(line: str) -> tuple:
    name, _, value = line.partition("=")
    return name.strip(), value.strip()


def labels_right_of(rows, limit: float) -> list:
    return [row[0] for row in rows if row[1][0] > limit]
