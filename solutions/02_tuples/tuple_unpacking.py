"""Reference solution for tuple_unpacking.py."""


def split_command(tokens) -> tuple:
    """Return (command, arguments): the first token, and a list of the others (maybe empty).

    tokens is any iterable of strings: a list, a tuple, a generator. No tokens at all
    raise ValueError.
    """
    command, *arguments = tokens
    return command, arguments


def parse_setting(line: str) -> tuple:
    """Split "name=value" at its first "=" into (name, value), both stripped of spaces.

    The value may contain "=" itself. A line without "=" raises ValueError.
    """
    name, value = line.split("=", 1)
    return name.strip(), value.strip()


def labels_right_of(rows, limit: float) -> list:
    """rows are (label, (x, y)) pairs. Return the labels whose x is greater than limit, in order.

    A point that is not exactly two numbers raises ValueError.
    """
    labels = []
    for label, (x, _y) in rows:
        if x > limit:
            labels.append(label)
    return labels
