"""Misconception: a lambda made in a loop binds the loop variable like partial does.

checklist: utility_functions.itertools_functools
"""

from functools import partial, reduce
from operator import mul


def product(numbers):
    return reduce(mul, numbers, 1)


def parsers(bases):
    return {base: (lambda text: int(text, base)) for base in bases}


def _identity(value):
    return value


def compose(*functions):
    return reduce(lambda outer, inner: lambda x: outer(inner(x)), functions, _identity)
