"""Kata: packing, unpacking and starred targets.

Task: implement the three functions below, each with one unpacking assignment (or a `for`
with an unpacking target) doing the work.

`a, b = pair` checks the count: too few or too many values raise ValueError. A starred
target, `first, *rest = items`, takes whatever is left over, always as a list, maybe empty.
Targets nest: `for name, (x, y) in rows`.
"""


def split_command(tokens) -> tuple:
    """Return (command, arguments): the first token, and a list of the others (maybe empty).

    tokens is any iterable of strings: a list, a tuple, a generator. No tokens at all
    raise ValueError.
    """
    raise NotImplementedError("split_command: unpack tokens into the first one and the rest")


def parse_setting(line: str) -> tuple:
    """Split "name=value" at its first "=" into (name, value), both stripped of spaces.

    The value may contain "=" itself. A line without "=" raises ValueError.
    """
    raise NotImplementedError("parse_setting: split at the first '=' and unpack into two names")


def labels_right_of(rows, limit: float) -> list:
    """rows are (label, (x, y)) pairs. Return the labels whose x is greater than limit, in order.

    A point that is not exactly two numbers raises ValueError.
    """
    raise NotImplementedError("labels_right_of: the labels of the points whose x is greater than limit")
