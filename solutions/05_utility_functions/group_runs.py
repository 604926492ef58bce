"""Reference solution for group_runs.py."""

from itertools import groupby


def _initial(word):
    return word[0]


def by_initial(words):
    return {letter: list(group) for letter, group in groupby(sorted(words, key=_initial), key=_initial)}


def runs(values):
    return [(value, sum(1 for _ in group)) for value, group in groupby(values)]


def grouped(records, key):
    return [(name, list(group)) for name, group in groupby(records, key=key)]
