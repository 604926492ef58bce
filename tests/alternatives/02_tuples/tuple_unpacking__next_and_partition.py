"""Alternative: next() on an iterator instead of a starred target, str.partition, a comprehension with a nested target.

The reference unpacks `command, *arguments = tokens` and splits with maxsplit=1. Here
split_command takes the first token with next() (turning StopIteration into ValueError) and
lists the rest; parse_setting uses partition and checks the separator it found; labels_right_of
is one comprehension whose target unpacks each point (a wrong shape still raises ValueError).
"""


def split_command(tokens) -> tuple:
    rest = iter(tokens)
    try:
        command = next(rest)
    except StopIteration:
        raise ValueError("split_command needs at least one token") from None
    return command, list(rest)


def parse_setting(line: str) -> tuple:
    name, separator, value = line.partition("=")
    if not separator:
        raise ValueError(f"no '=' in {line!r}")
    return name.strip(), value.strip()


def labels_right_of(rows, limit: float) -> list:
    return [label for label, (x, _y) in rows if x > limit]
