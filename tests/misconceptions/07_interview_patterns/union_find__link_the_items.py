"""Misconception: union(a, b) sets parent[a] = b.

That re-hangs a alone (and whatever hangs below it), cutting it from the rest of its old set:
after union(0, 1), a union(0, 2) moves 0 under 2 and leaves 1 on its own. Link the
representatives: parent[find(a)] = find(b).

checklist: interview_patterns.union_find
"""


class DisjointSets:
    def __init__(self, n: int, parent=None):
        self.parent = list(range(n)) if parent is None else parent
        self.sets = n

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        if self.find(a) == self.find(b):
            return False
        self.parent[a] = b
        self.sets -= 1
        return True

    def __len__(self) -> int:
        return self.sets
