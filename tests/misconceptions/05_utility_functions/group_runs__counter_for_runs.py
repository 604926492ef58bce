"""Misconception: a Counter gives the run lengths.

It counts every equal item, apart or not, in one entry.

checklist: utility_functions.itertools_functools
"""


from collections import Counter


def runs(values):
    return list(Counter(values).items())
