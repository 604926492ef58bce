"""Reference solution for board_rows.py."""


def make_board(rows: int, cols: int, fill: str = ".") -> list:
    """Return a board of `rows` rows, each a list of `cols` cells holding fill."""
    return [[fill] * cols for _ in range(rows)]


def make_buckets(count: int) -> list:
    """Return a list of `count` empty lists."""
    return [[] for _ in range(count)]
