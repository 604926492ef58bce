"""Kata: a tuple of coordinates is a dict key.

Task: implement SparseGrid, a grid of any size that stores only the cells that were set,
with an average O(1) set and get (the tests count the work your grid does).

A tuple of hashable items is hashable, and equal tuples hash equally. Whatever key you
choose, two different cells must never share it.
"""


class SparseGrid:
    """Cells addressed by (row, col), any ints, negative ones too. Unset cells hold default."""

    def __init__(self, default=None):
        raise NotImplementedError("SparseGrid: store only the cells that were set, with average O(1) set and get")

    def set(self, row: int, col: int, value) -> None:
        """Store value in the cell at (row, col), replacing what was there."""
        raise NotImplementedError("SparseGrid.set")

    def get(self, row: int, col: int):
        """Return the value stored at (row, col), or the grid's default if nothing was set there."""
        raise NotImplementedError("SparseGrid.get")

    def __len__(self) -> int:
        """The number of cells that have been set."""
        raise NotImplementedError("SparseGrid.__len__")
