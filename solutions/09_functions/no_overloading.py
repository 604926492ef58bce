"""Reference solution for no_overloading.py."""

import functools
import math


def area(*sides):
    # One function, one name: the number of arguments picks the shape.
    if len(sides) == 1:
        (radius,) = sides
        return math.pi * radius * radius
    if len(sides) == 2:
        width, height = sides
        return width * height
    raise TypeError(f"area takes a radius, or a width and a height, not {len(sides)} arguments")


@functools.singledispatch
def describe(value) -> str:
    return "object"


@describe.register
def _(value: int) -> str:
    return f"int {value}"


@describe.register
def _(value: list) -> str:
    return f"list of {len(value)}"


@describe.register
def _(value: str) -> str:
    return f"text {value!r}"
