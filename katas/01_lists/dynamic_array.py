"""Kata: a list is a dynamic array.

Task: implement DynamicArray's __getitem__, __setitem__, append, insert and pop on top of Block,
a fixed-size block of slots that cannot grow. The tests count every slot read and written: n
appends must cost O(n) writes in total, and pop(k) must cost what moving the items after k costs.

A CPython list keeps references to its items in one block of memory, item i in slot i, with
room to spare at the end. A full block cannot grow in place: a bigger one is allocated and
every item is copied into it. How much bigger decides whether append is O(1) amortised.
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
        raise NotImplementedError("__getitem__: return item index, counting a negative index from the end")

    def __setitem__(self, index: int, value) -> None:
        """Replace item index by value; a negative index counts from the end. Out of range: IndexError."""
        raise NotImplementedError("__setitem__: replace item index by value, counting a negative index from the end")

    def append(self, value) -> None:
        """Add value at the end. When the block is full, move the items to a bigger block first."""
        raise NotImplementedError("append: add value at the end, in O(1) amortised slot writes")

    def insert(self, index: int, value) -> None:
        """Insert value before item index (0 <= index <= len(self)), moving the later items one slot on.

        An index outside that range raises IndexError.
        """
        raise NotImplementedError("insert: put value before item index, keeping every other item in order")

    def pop(self, index: int = -1):
        """Remove and return item index (the last one by default); a negative index counts from the end.

        The items after it move one slot back, in order. An empty array or an index out of range
        raises IndexError.
        """
        raise NotImplementedError("pop: remove and return item index (the last by default), keeping the others in order")
