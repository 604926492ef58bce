"""Misconception: a default of 0 marks a missing height, so `if not height` tells the two calls apart.

checklist: none
"""

import functools
import math


def area(width, height=0):
    if not height:
        return math.pi * width * width
    return width * height


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
