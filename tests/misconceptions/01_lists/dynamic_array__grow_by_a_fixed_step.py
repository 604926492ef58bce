"""Misconception: growing the block by a fixed number of slots (here 16) keeps append O(1).

checklist: lists.operation_cost
"""


class DynamicArray:
    """A growable sequence: item i lives in slot i of self._block, for every i below len(self)."""

    def __init__(self):
        self._block = Block(0)
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: int):
        """Return item index; a negative index counts from the end, as for a list. Out of range: IndexError."""
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("DynamicArray index out of range")
        return self._block[index]

    def _make_room(self) -> None:
        if self._length < len(self._block):
            return
        bigger = Block(len(self._block) + 16)  # a fixed step: every 16 appends copy all items again
        for slot in range(self._length):
            bigger[slot] = self._block[slot]
        self._block = bigger

    def append(self, value) -> None:
        """Add value at the end. When the block is full, move the items to a bigger block first."""
        self._make_room()
        self._block[self._length] = value
        self._length += 1

    def insert(self, index: int, value) -> None:
        """Insert value before item index (0 <= index <= len(self)), moving the later items one slot on."""
        if not 0 <= index <= self._length:
            raise IndexError("DynamicArray insert index out of range")
        self._make_room()
        for slot in range(self._length, index, -1):
            self._block[slot] = self._block[slot - 1]
        self._block[index] = value
        self._length += 1
