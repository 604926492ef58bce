"""Reference solution for sparse_grid.py."""


class SparseGrid:
    """Cells addressed by (row, col), any ints, negative ones too. Unset cells hold default."""

    def __init__(self, default=None):
        self.default = default
        self._cells = {}

    def set(self, row: int, col: int, value) -> None:
        """Store value in the cell at (row, col), replacing what was there."""
        self._cells[row, col] = value

    def get(self, row: int, col: int):
        """Return the value stored at (row, col), or the grid's default if nothing was set there."""
        return self._cells.get((row, col), self.default)

    def __len__(self) -> int:
        """The number of cells that have been set."""
        return len(self._cells)
