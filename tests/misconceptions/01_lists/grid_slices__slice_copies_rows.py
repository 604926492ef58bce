"""Misconception: a slice copies the rows of a grid too, so they can be changed freely.

checklist: lists.shallow_slices
"""


def mirrored(grid: list) -> list:
    copy = grid[:]  # a new outer list; every row in it is the caller's row
    for row in copy:
        row.reverse()
    return copy


def pages(items: list, size: int) -> list:
    return [items[start : start + size] for start in range(0, len(items), size)]


def page(items: list, number: int, size: int) -> list:
    return items[number * size : (number + 1) * size]
