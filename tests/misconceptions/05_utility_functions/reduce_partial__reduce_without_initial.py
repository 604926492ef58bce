"""Misconception: reduce() handles empty input by itself.

checklist: utility_functions.itertools_functools
"""

from functools import partial, reduce
from operator import mul


def product(numbers):
    return reduce(mul, numbers)


def parsers(bases):
    return {base: partial(int, base=base) for base in bases}


def _identity(value):
    return value


def compose(*functions):
    return reduce(lambda outer, inner: lambda x: outer(inner(x)), functions, _identity)
