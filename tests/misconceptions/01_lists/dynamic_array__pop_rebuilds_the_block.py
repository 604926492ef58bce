"""Misconception: removing an item builds a new block of the survivors, so every pop costs the same.

checklist: lists.operation_cost

A list shifts only the items after the removed one, inside the same block: pop() from the end moves
nothing. Copying every survivor into a fresh block makes each pop O(n), and emptying a list from the
end O(n²).
"""


class DynamicArray(DynamicArray):  # noqa: F821 (the reference solution's class, which this is appended to)
    def pop(self, index: int = -1):
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("pop index out of range")
        item = self._block[index]
        survivors = Block(len(self._block))  # noqa: F821
        for slot in range(self._length):
            if slot != index:
                survivors[slot - (slot > index)] = self._block[slot]
        self._block = survivors
        self._length -= 1
        return item
