"""Misconception: groupby collects all items with equal keys, like SQL's GROUP BY.

checklist: utility_functions.itertools_functools
"""


def by_initial(words):
    return {letter: list(group) for letter, group in groupby(words, key=_initial)}
