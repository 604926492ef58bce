"""Misconception: sorting the words is enough before groupby; any sort will do.

Sorting by the whole word reorders the words within each initial; sort by the grouping key.

checklist: utility_functions.itertools_functools
"""

from itertools import groupby


def _initial(word):
    return word[0]


def by_initial(words):
    return {letter: list(group) for letter, group in groupby(sorted(words), key=_initial)}


def runs(values):
    return [(value, sum(1 for _ in group)) for value, group in groupby(values)]


def grouped(records, key):
    return [(name, list(group)) for name, group in groupby(records, key=key)]
