"""Kata: union-find (disjoint sets): which items are connected, as connections keep arriving.

Task: DisjointSets(n) starts with n items 0 .. n-1, each in a set of its own.

- find(x): the representative of x's set: the same item for every member of one set.
- union(a, b): merge the sets of a and b; True if they were apart, False if already together.
- len(sets): how many sets there are now.

Keep each item's parent in `self.parent`, the list given as `parent` (a new list(range(n))
when None): parent[x] == x for a representative, and following parents from any item leads to
its representative. The tests pass a list that counts every read and write.

Near-constant work per call, amortized, however the unions come: hundreds of thousands of them
are normal (pixels, accounts, network links). The tests accept O(log n) amortized per call;
following a long chain of parents on every call, or relabelling a whole set on every union,
costs O(n) per call.
"""


class DisjointSets:
    def __init__(self, n: int, parent=None):
        raise NotImplementedError("DisjointSets: n items, each its own set, parents kept in parent")

    def find(self, x: int) -> int:
        raise NotImplementedError("find: the representative of x's set, in near-constant amortized time")

    def union(self, a: int, b: int) -> bool:
        raise NotImplementedError("union: merge the sets of a and b; whether they were apart")

    def __len__(self) -> int:
        raise NotImplementedError("__len__: how many sets there are")
