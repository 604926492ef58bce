"""Alternative: grow by half again (like CPython's 1.125, a proportion), index through range(), insert by append and shift, shrink on pop.

The reference doubles the block and checks indices by hand. Here the block grows to 1.5 times its
size plus 4, still a proportion of the size, so n appends copy O(n) items in total; __getitem__,
__setitem__ and pop let `range(len)[index]` normalise a negative index and raise IndexError; insert
appends first (which makes room when needed) and then moves the later items one slot on; pop clears
the slot it frees (no stale reference keeps an item alive) and, like CPython's list, moves the items
to a block half the size when fewer than a quarter of its slots are used.
"""


class DynamicArray:
    def __init__(self):
        self._block = Block(0)  # noqa: F821 (Block comes from the reference solution this is appended to)
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: int):
        try:
            slot = range(self._length)[index]
        except IndexError:
            raise IndexError("DynamicArray index out of range") from None
        return self._block[slot]

    def _slot(self, index: int) -> int:
        try:
            return range(self._length)[index]
        except IndexError:
            raise IndexError("DynamicArray index out of range") from None

    def __setitem__(self, index: int, value) -> None:
        self._block[self._slot(index)] = value

    def append(self, value) -> None:
        if self._length == len(self._block):
            bigger = Block(len(self._block) + len(self._block) // 2 + 4)  # noqa: F821
            for slot in range(self._length):
                bigger[slot] = self._block[slot]
            self._block = bigger
        self._block[self._length] = value
        self._length += 1

    def insert(self, index: int, value) -> None:
        if not 0 <= index <= self._length:
            raise IndexError("DynamicArray insert index out of range")
        self.append(value)
        for slot in range(self._length - 1, index, -1):
            self._block[slot] = self._block[slot - 1]
        self._block[index] = value

    def pop(self, index: int = -1):
        slot = self._slot(index)
        item = self._block[slot]
        while slot + 1 < self._length:
            self._block[slot] = self._block[slot + 1]
            slot += 1
        self._block[slot] = None
        self._length -= 1
        if 4 <= 4 * self._length < len(self._block):
            smaller = Block(len(self._block) // 2)  # noqa: F821
            for kept in range(self._length):
                smaller[kept] = self._block[kept]
            self._block = smaller
        return item
