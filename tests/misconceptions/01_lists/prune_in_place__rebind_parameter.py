"""Misconception: assigning a filtered list to the parameter changes the caller's list.

checklist: lists.mutate_while_iterating
"""


def drop_negatives(values: list) -> None:
    values = [value for value in values if value >= 0]  # binds a local name; the caller's list is untouched


def drop_blank_lines(lines: list) -> None:
    lines = [line for line in lines if line.strip()]
