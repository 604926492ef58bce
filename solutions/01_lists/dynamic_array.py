"""Reference solution for dynamic_array.py."""


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

    def __setitem__(self, index: int, value) -> None:
        """Replace item index by value; a negative index counts from the end. Out of range: IndexError."""
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("DynamicArray assignment index out of range")
        self._block[index] = value

    def _make_room(self) -> None:
        if self._length < len(self._block):
            return
        bigger = Block(max(4, 2 * len(self._block)))  # in proportion: n appends copy fewer than 2n items
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

    def pop(self, index: int = -1):
        """Remove and return item index (the last one by default), moving the later items one slot back."""
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("pop index out of range" if self._length else "pop from empty DynamicArray")
        item = self._block[index]
        for slot in range(index, self._length - 1):
            self._block[slot] = self._block[slot + 1]
        self._length -= 1
        return item
