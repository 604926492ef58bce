"""Misconception: compose(f, g) applies f first, in reading order.

checklist: utility_functions.itertools_functools
"""

from functools import partial, reduce
from operator import mul


def product(numbers):
    return reduce(mul, numbers, 1)


def parsers(bases):
    return {base: partial(int, base=base) for base in bases}


def _identity(value):
    return value


def compose(*functions):
    return reduce(lambda first, then: lambda x: then(first(x)), functions, _identity)
