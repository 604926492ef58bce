"""Misconception: the groups of groupby are independent lists that can be read later.

checklist: utility_functions.itertools_functools
"""

from itertools import groupby


def _initial(word):
    return word[0]


def by_initial(words):
    return {letter: list(group) for letter, group in groupby(sorted(words, key=_initial), key=_initial)}


def runs(values):
    return [(value, sum(1 for _ in group)) for value, group in groupby(values)]


def grouped(records, key):
    groups = list(groupby(records, key=key))
    return [(name, list(group)) for name, group in groups]
