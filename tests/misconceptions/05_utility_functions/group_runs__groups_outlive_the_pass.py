"""Misconception: the groups of groupby are independent lists that can be read later.

checklist: utility_functions.itertools_functools
"""


def grouped(records, key):
    groups = list(groupby(records, key=key))
    return [(name, list(group)) for name, group in groups]
