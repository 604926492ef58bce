"""Kata: enumerate and zip, and where zip stops.

Task: number_lines and label_header look right and are wrong: fix them. Then implement
pair_strictly.

enumerate counts the items as they go by. zip takes one item from each input in turn, and
stops the moment one of them has nothing left to give.
"""


def number_lines(lines):
    """Return ["1: first line", "2: second line", ...] for any iterable of lines, in order."""
    return [f"{lines.index(line) + 1}: {line}" for line in lines]


def label_header(stream, labels):
    """Read one value from the iterator `stream` per label and return {label: value}.

    The stream goes on after the header: every value after the labelled ones must still be
    in the stream for the caller to read. A stream that ends early labels only what it had.
    """
    return {label: value for value, label in zip(stream, labels)}


def pair_strictly(keys, values) -> dict:
    """Return {key: value}, pairing keys and values in order; raise ValueError if their lengths differ.

    keys and values may be any iterables, including iterators that can be read only once.
    """
    raise NotImplementedError("pair_strictly: pair keys with values, refusing inputs of different lengths")
