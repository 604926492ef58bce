"""Misconception: sorting the words is enough before groupby; any sort will do.

Sorting by the whole word reorders the words within each initial; sort by the grouping key.

checklist: utility_functions.itertools_functools
"""


def by_initial(words):
    return {letter: list(group) for letter, group in groupby(sorted(words), key=_initial)}
