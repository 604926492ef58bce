"""Misconception: comparing len(keys) with len(values) is a strict pairing.

Iterators have no len(); the task takes any iterables.

checklist: utility_functions.enumerate_zip
"""

def number_lines(lines):
    return [f"{number}: {line}" for number, line in enumerate(lines, start=1)]


def label_header(stream, labels):
    # labels first: when they run out, zip stops before it takes another value from the stream
    return dict(zip(labels, stream))


def pair_strictly(keys, values) -> dict:
    if len(keys) != len(values):
        raise ValueError("lengths differ")
    return dict(zip(keys, values))
