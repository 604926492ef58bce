"""Misconception: checking type(value) is list is the same as checking that value is a list.

checklist: none
"""


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



def describe(value) -> str:
    if type(value) is int:
        return f"int {value}"
    if type(value) is list:
        return f"list of {len(value)}"
    if type(value) is str:
        return f"text {value!r}"
    return "object"
