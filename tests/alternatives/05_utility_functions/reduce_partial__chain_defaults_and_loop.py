"""Alternative: reduce over a chain that starts with 1, lambdas that bind the base as a default, compose as a loop.

The reference gives reduce an initial value, makes parsers with functools.partial and composes
with reduce. Here product prepends the neutral 1 to the numbers with itertools.chain (so no
initial argument and still 1 for no numbers), each parser binds its base through a default
argument, evaluated when the lambda is made, and compose applies the functions last to first
in a loop.
"""

from functools import reduce
from itertools import chain
from operator import mul


def product(numbers):
    return reduce(mul, chain([1], numbers))


def parsers(bases):
    return {base: (lambda text, base=base: int(text, base)) for base in bases}


def compose(*functions):
    def composed(value):
        for function in reversed(functions):
            value = function(value)
        return value

    return composed
