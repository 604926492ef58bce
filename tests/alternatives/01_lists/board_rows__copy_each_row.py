"""Alternative: start from the aliased board, then give every row a copy of its own; buckets from list() calls.

The reference builds each row in a comprehension. Here `[[fill] * cols] * rows` (one shared row)
is repaired by copying: `list(row)` makes a new list per slot, so no two rows are one object.
The buckets come from mapping the list constructor over `count` empty tuples: one call, one list.
"""


def make_board(rows: int, cols: int, fill: str = ".") -> list:
    shared = [[fill] * cols] * rows
    return [list(row) for row in shared]


def make_buckets(count: int) -> list:
    return list(map(list, [()] * count))
