"""Kata: itertools.groupby groups runs of equal neighbours.

Task: by_initial, runs and grouped use groupby wrongly: fix them.

groupby walks its input once and starts a new group each time the key changes, so it finds
runs of neighbours, not all equal items. Each group reads from that single pass: moving on
to the next group uses up the one before it.
"""

from itertools import groupby


def by_initial(words):
    """Return {first letter: [the words with that initial, in their original order]}; words are non-empty."""
    return {letter: list(group) for letter, group in groupby(words, key=lambda word: word[0])}


def runs(values):
    """Run-length encoding: return [(value, length)] for each run of equal neighbours, in order."""
    return [(value, len(list(group))) for value, group in groupby(sorted(values))]


def grouped(records, key):
    """records arrive sorted by key(record): return [(key, [its records])] in that order."""
    groups = list(groupby(records, key=key))
    return [(name, list(group)) for name, group in groups]
