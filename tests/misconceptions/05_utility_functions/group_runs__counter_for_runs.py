"""Misconception: a Counter gives the run lengths.

It counts every equal item, apart or not, in one entry.

checklist: utility_functions.itertools_functools
"""

from collections import Counter
from itertools import groupby


def _initial(word):
    return word[0]


def by_initial(words):
    return {letter: list(group) for letter, group in groupby(sorted(words, key=_initial), key=_initial)}


def runs(values):
    return list(Counter(values).items())


def grouped(records, key):
    return [(name, list(group)) for name, group in groupby(records, key=key)]
