"""Misconception: groupby always needs sorted input, even for run-length encoding.

Sorting merges runs that are apart.

checklist: utility_functions.itertools_functools
"""


def runs(values):
    return [(value, sum(1 for _ in group)) for value, group in groupby(sorted(values))]
