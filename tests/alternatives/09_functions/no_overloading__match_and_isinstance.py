"""Alternative: one area with an optional second parameter and one describe that matches on type with `match`.

A sentinel marks "no height", so a height of 0 is still a rectangle; class patterns accept
subclasses, as singledispatch does (bool is an int, a list subclass is a list).
"""

import math

_NO_HEIGHT = object()


def area(size, height=_NO_HEIGHT, /):
    if height is _NO_HEIGHT:
        return math.pi * size * size
    return size * height


def describe(value) -> str:
    match value:
        case int():
            return f"int {value}"
        case list():
            return f"list of {len(value)}"
        case str():
            return f"text {value!r}"
        case _:
            return "object"
