"""Misconception: hash((row, col)) identifies the cell, so it can be the key.

Different tuples can hash alike: in CPython hash(-1) == hash(-2), so (-1, 0) and (-2, 0) share a key.

checklist: none
"""


class SparseGrid:
    def __init__(self, default=None):
        self.default = default
        self._cells = {}

    def set(self, row: int, col: int, value) -> None:
        self._cells[hash((row, col))] = value

    def get(self, row: int, col: int):
        return self._cells.get(hash((row, col)), self.default)

    def __len__(self) -> int:
        return len(self._cells)
