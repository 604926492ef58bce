"""Kata: a board whose rows are distinct lists.

Task: make_board and make_buckets below hand out lists whose rows are secretly one list.
Fix them so that changing one row never changes another.

`[x] * n` builds a list holding the object x n times: it repeats references, it never
copies x. That is harmless when x is an int or a string, and a trap when x is a list.
"""


def make_board(rows: int, cols: int, fill: str = ".") -> list:
    """Return a board of `rows` rows, each a list of `cols` cells holding fill.

    Marking one cell (board[r][c] = "X") must change that cell and no other.
    """
    return [[fill] * cols] * rows


def make_buckets(count: int) -> list:
    """Return a list of `count` empty lists: appending to one bucket leaves the others empty."""
    return [[]] * count
