"""Kata: Python has no overloading; a second `def` rebinds the name.

Task: area and describe below were written as if Python chose among functions of one name by
their parameters or their annotations. It does not: every `def` binds the name again, and only
the last function is left. Make one area that does both jobs and one describe that handles
every case of its docstring.

Before you start, predict: what does area(2) do as the module stands?
"""

import math


def area(radius):
    """area(radius) is the area of a circle; area(width, height) the area of a rectangle."""
    return math.pi * radius * radius


def area(width, height):  # noqa: F811
    return width * height


def describe(value: int) -> str:
    """Describe value: "int 3" for an int, "list of 2" for any list (a subclass of list too),
    "text 'hi'" for a str, and "object" for anything else."""
    return f"int {value}"


def describe(value: list) -> str:  # noqa: F811
    return f"list of {len(value)}"


def describe(value: str) -> str:  # noqa: F811
    return f"text {value!r}"
