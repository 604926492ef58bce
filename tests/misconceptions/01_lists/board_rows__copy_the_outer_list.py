"""Misconception: `list(...)` of a repeated list makes its rows independent.

checklist: lists.repeat_aliasing
"""


def make_board(rows: int, cols: int, fill: str = ".") -> list:
    return list([[fill] * cols] * rows)  # a new outer list, the same single row inside


def make_buckets(count: int) -> list:
    return [[] for _ in range(count)]
