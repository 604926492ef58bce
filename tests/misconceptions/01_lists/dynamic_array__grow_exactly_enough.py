"""Misconception: a block just big enough for the new item wastes no work, since only memory is saved.

checklist: lists.operation_cost
override: whole
"""


class Block:
    """A fixed number of slots, all None at first. Every slot read and write is counted."""

    reads = 0  # counters shared by all blocks; the tests reset and read them
    writes = 0

    def __init__(self, size: int):
        self._slots = [None] * size

    def __len__(self) -> int:
        return len(self._slots)

    def __getitem__(self, slot: int):
        Block.reads += 1
        return self._slots[slot]

    def __setitem__(self, slot: int, value) -> None:
        Block.writes += 1
        self._slots[slot] = value


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
        bigger = Block(self._length + 1)  # exactly the room needed: no memory wasted
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
