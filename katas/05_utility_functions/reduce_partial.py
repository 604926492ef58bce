"""Kata: functools.reduce and functools.partial.

Task: implement the three functions below.

reduce folds an iterable into one value with a two-argument function, starting from an
initial value if you give one. partial freezes some arguments of a function now, for
calls later.
"""


def product(numbers):
    """Return the product of the numbers, using functools.reduce; the product of no numbers is 1."""
    raise NotImplementedError("product: the product of the numbers")


def parsers(bases):
    """Return {base: parse} where parse(text) reads text as an integer written in that base."""
    raise NotImplementedError("parsers: one parsing function per base")


def compose(*functions):
    """Return one function: compose(f, g, h)(x) == f(g(h(x))), and compose() is the identity."""
    raise NotImplementedError("compose: chain the functions, the last one applied first")
