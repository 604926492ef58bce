"""Kata: a binary tree level by level (BFS) and root to leaf (DFS), however deep it is.

Task: a binary tree is made of nodes with a .value (a number) and a .left and a .right child
(a node, or None); the tree is given by its root node, None for an empty tree. TreeNode below
is such a class, for trying things by hand; the tests bring nodes of their own.

- levels(root): the values level by level, each level left to right, as a list of lists.

      levels(TreeNode(1, TreeNode(2, TreeNode(4)), TreeNode(3)))  ->  [[1], [2, 3], [4]]

- path_sums(root): for every leaf (a node with no child at all), the total of the values on
  the path from the root down to it, leaves from left to right; [] for an empty tree.

      path_sums(TreeNode(1, TreeNode(2, TreeNode(4)), TreeNode(3)))  ->  [7, 4]

Each costs O(n): read each node's children a constant number of times. Trees come lopsided,
too: a chain of 5,000 nodes is deeper than Python lets function calls nest.
"""


class TreeNode:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

    def __repr__(self):
        return f"TreeNode({self.value!r})"


def levels(root) -> list[list]:
    raise NotImplementedError("levels: the values level by level, left to right, in O(n)")


def path_sums(root) -> list:
    raise NotImplementedError("path_sums: the root-to-leaf totals, leaves left to right, in O(n), at any depth")
