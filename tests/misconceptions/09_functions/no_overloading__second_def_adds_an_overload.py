"""Misconception: a second def with other parameters or annotations adds an overload; Python picks the one that fits the call.

checklist: none
"""


def area(radius):
    return math.pi * radius * radius


def area(width, height):  # noqa: F811
    return width * height


def describe(value: int) -> str:
    return f"int {value}"


def describe(value: list) -> str:  # noqa: F811
    return f"list of {len(value)}"


def describe(value: str) -> str:  # noqa: F811
    return f"text {value!r}"
