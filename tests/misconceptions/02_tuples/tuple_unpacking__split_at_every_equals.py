"""Misconception: `name, value = line.split("=")` parses any setting.

It splits at every "=", so a value that holds "=" gives too many values to unpack.

checklist: tuples.unpacking
"""


def split_command(tokens) -> tuple:
    command, *arguments = tokens
    return command, arguments


def parse_setting(line: str) -> tuple:
    name, value = line.split("=")
    return name.strip(), value.strip()


def labels_right_of(rows, limit: float) -> list:
    return [label for label, (x, _y) in rows if x > limit]
