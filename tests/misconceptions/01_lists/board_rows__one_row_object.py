"""Misconception: a comprehension makes distinct rows, even when the row is built once outside it.

checklist: lists.repeat_aliasing
"""


def make_board(rows: int, cols: int, fill: str = ".") -> list:
    row = [fill] * cols
    return [row for _ in range(rows)]  # the same row object, rows times


def make_buckets(count: int) -> list:
    bucket = []
    return [bucket for _ in range(count)]
