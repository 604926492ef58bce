"""Misconception: link one root under the other, any way round, and walk up to the root on every find.

Right sets, but nothing keeps the trees shallow: joining 0-1, 1-2, 2-3, ... builds one long chain,
and every find from its far end walks all of it again: O(n) per call. Union by size keeps trees
O(log n) deep; path compression flattens what a find has walked.

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
        a, b = self.find(a), self.find(b)
        if a == b:
            return False
        self.parent[a] = b
        self.sets -= 1
        return True

    def __len__(self) -> int:
        return self.sets
