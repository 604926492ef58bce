"""Misconception: list.index(item) tells an item's position, so there is no need for enumerate.

It finds the first equal item, and iterators have no index method at all.

checklist: utility_functions.enumerate_zip
"""


def number_lines(lines):
    return [f"{lines.index(line) + 1}: {line}" for line in lines]
