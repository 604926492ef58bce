"""Misconception: a string glued from the coordinates is as good a key as the tuple.

f"{row}{col}" makes (1, 23) and (12, 3) one key; a tuple needs no separator to get right.

checklist: none
"""


class SparseGrid:
    def __init__(self, default=None):
        self.default = default
        self._cells = {}

    def set(self, row: int, col: int, value) -> None:
        self._cells[f"{row}{col}"] = value

    def get(self, row: int, col: int):
        return self._cells.get(f"{row}{col}", self.default)

    def __len__(self) -> int:
        return len(self._cells)
