"""Alternative: union by rank and path halving, in one loop.

The rank bounds a tree's height instead of counting its items; path halving points every other
node on a find's path at its grandparent as it walks, in a single pass (the reference walks twice
and points everything at the root). Same near-constant amortized cost.
"""


class DisjointSets:
    def __init__(self, n: int, parent=None):
        self.parent = list(range(n)) if parent is None else parent
        self.rank = [0] * n
        self.sets = n

    def find(self, x: int) -> int:
        parent = self.parent
        while (above := parent[x]) != x:
            grandparent = parent[above]
            parent[x] = grandparent
            x = grandparent
        return x

    def union(self, a: int, b: int) -> bool:
        a, b = self.find(a), self.find(b)
        if a == b:
            return False
        if self.rank[a] < self.rank[b]:
            a, b = b, a
        self.parent[b] = a
        if self.rank[a] == self.rank[b]:
            self.rank[a] += 1
        self.sets -= 1
        return True

    def __len__(self) -> int:
        return self.sets
