"""Reference solution for union_find.py: union by size and full path compression."""


class DisjointSets:
    def __init__(self, n: int, parent=None):
        self.parent = list(range(n)) if parent is None else parent
        self.size = [1] * n
        self.sets = n

    def find(self, x: int) -> int:
        root = x
        while (above := self.parent[root]) != root:
            root = above
        while x != root:  # path compression: everything on the way now points at the root
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> bool:
        a, b = self.find(a), self.find(b)
        if a == b:
            return False
        if self.size[a] < self.size[b]:
            a, b = b, a
        self.parent[b] = a  # the smaller tree goes under the larger: depth stays O(log n) even without compression
        self.size[a] += self.size[b]
        self.sets -= 1
        return True

    def __len__(self) -> int:
        return self.sets
