"""Alternative: a dict of rows, each a dict of columns, with a running count of cells.

The reference keys one dict by the (row, col) tuple. Here the grid looks up the row first and
then the column: two average O(1) lookups by int keys, no tuple built. The count of set cells is
kept as cells are added, so len() does not walk the rows.
"""


class SparseGrid:
    def __init__(self, default=None):
        self.default = default
        self._rows = {}
        self._count = 0

    def set(self, row: int, col: int, value) -> None:
        columns = self._rows.setdefault(row, {})
        if col not in columns:
            self._count += 1
        columns[col] = value

    def get(self, row: int, col: int):
        return self._rows.get(row, {}).get(col, self.default)

    def __len__(self) -> int:
        return self._count
