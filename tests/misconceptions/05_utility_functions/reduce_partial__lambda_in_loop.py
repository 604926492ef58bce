"""Misconception: a lambda made in a loop binds the loop variable like partial does.

checklist: utility_functions.itertools_functools
"""


def parsers(bases):
    return {base: (lambda text: int(text, base)) for base in bases}
