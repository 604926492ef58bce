"""Alternative: itertools.count for the numbers, next() per label, zip_longest with a sentinel for strict pairing.

The reference uses enumerate(start=1), dict(zip(labels, stream)) and zip(strict=True). Here
number_lines maps a format over count(1) and the lines, label_header asks the stream for one
value per label with next() and stops at the first label it cannot fill, and pair_strictly pads
the shorter input with a private sentinel and raises ValueError when it sees one.
"""

from itertools import count, zip_longest

_MISSING = object()


def number_lines(lines):
    return list(map("{}: {}".format, count(1), lines))


def label_header(stream, labels):
    header = {}
    for label in labels:
        value = next(stream, _MISSING)
        if value is _MISSING:
            break
        header[label] = value
    return header


def pair_strictly(keys, values) -> dict:
    pairs = {}
    for key, value in zip_longest(keys, values, fillvalue=_MISSING):
        if key is _MISSING or value is _MISSING:
            raise ValueError("keys and values have different lengths")
        pairs[key] = value
    return pairs
