"""Alternative: a match statement with class patterns, and map() for the recursion.

The reference tests isinstance in two if statements and uses generator expressions. Here the
structural patterns `list()` and `dict()` pick the case, lists become tuples through
map(freeze, ...), and dicts a frozenset of the zipped keys and frozen values.
"""


def freeze(value):
    match value:
        case list():
            return tuple(map(freeze, value))
        case dict():
            return frozenset(zip(value.keys(), map(freeze, value.values()), strict=True))
        case _:
            return value
