"""Misconception: a list of ((row, col), value) pairs is as good as a dict, only simpler.

Every get and set searches the whole list: the work grows with the number of cells.

checklist: none
"""


class SparseGrid:
    def __init__(self, default=None):
        self.default = default
        self._cells = []

    def set(self, row: int, col: int, value) -> None:
        for entry in self._cells:
            if entry[0] == (row, col):
                entry[1] = value
                return
        self._cells.append([(row, col), value])

    def get(self, row: int, col: int):
        for key, value in self._cells:
            if key == (row, col):
                return value
        return self.default

    def __len__(self) -> int:
        return len(self._cells)
