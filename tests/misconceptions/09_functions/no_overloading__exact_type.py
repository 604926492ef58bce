"""Misconception: checking type(value) is list is the same as checking that value is a list.

checklist: none
"""


def describe(value) -> str:
    if type(value) is int:
        return f"int {value}"
    if type(value) is list:
        return f"list of {len(value)}"
    if type(value) is str:
        return f"text {value!r}"
    return "object"
