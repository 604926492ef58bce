"""Misconception: keep a label per item and relabel every member of one set on union ("quick find").

Right answers, and find is a single read, but each union scans every item to relabel the
members of one set: O(n) per union, O(n^2) for n unions. Parents that point toward a root let
a union change one entry.

checklist: interview_patterns.union_find
"""


class DisjointSets:
    def __init__(self, n: int, parent=None):
        self.parent = list(range(n)) if parent is None else parent
        self.sets = n

    def find(self, x: int) -> int:
        return self.parent[x]

    def union(self, a: int, b: int) -> bool:
        old, new = self.parent[a], self.parent[b]
        if old == new:
            return False
        for item in range(len(self.parent)):
            if self.parent[item] == old:
                self.parent[item] = new
        self.sets -= 1
        return True

    def __len__(self) -> int:
        return self.sets
