"""Misconception: removing items during the loop is fine as long as the loop checks every item it reaches.

checklist: lists.mutate_while_iterating
"""


def drop_negatives(values: list) -> None:
    for value in values:
        while value < 0 and value in values:  # looks thorough; the loop still skips the item after a removal
            values.remove(value)


def drop_blank_lines(lines: list) -> None:
    for line in lines:
        if not line.strip():
            lines.remove(line)
