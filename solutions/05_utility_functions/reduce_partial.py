"""Reference solution for reduce_partial.py."""

from functools import partial, reduce
from operator import mul


def product(numbers):
    return reduce(mul, numbers, 1)


def parsers(bases):
    return {base: partial(int, base=base) for base in bases}


def _identity(value):
    return value


def compose(*functions):
    return reduce(lambda outer, inner: lambda x: outer(inner(x)), functions, _identity)
