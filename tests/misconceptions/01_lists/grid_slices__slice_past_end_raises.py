"""Misconception: slicing past the end raises IndexError, so each page is built by indexing with a guard.

checklist: lists.shallow_slices
"""


def mirrored(grid: list) -> list:
    return [list(reversed(row)) for row in grid]


def pages(items: list, size: int) -> list:
    count = len(items) // size  # "the last, short slice would run off the end"
    return [items[n * size : (n + 1) * size] for n in range(count)]


def page(items: list, number: int, size: int) -> list:
    start = number * size
    if start + size > len(items):
        return []  # a short last page is dropped as if it were out of range
    return items[start : start + size]
