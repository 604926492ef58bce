"""Misconception: zip reads only the items it pairs, so the order of its arguments does not matter.

With the stream first, zip reads one more value before it finds the labels exhausted, and drops it.

checklist: utility_functions.enumerate_zip
"""


def label_header(stream, labels):
    # labels first: when they run out, zip stops before it takes another value from the stream
    return {label: value for value, label in zip(stream, labels)}
