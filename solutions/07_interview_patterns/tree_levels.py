"""Reference solution for tree_levels.py: a queue level by level, and an explicit stack of (node, total so far)."""

from collections import deque


class TreeNode:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

    def __repr__(self):
        return f"TreeNode({self.value!r})"


def levels(root) -> list[list]:
    result: list[list] = []
    queue = deque([root] if root is not None else [])
    while queue:
        level = []
        for _ in range(len(queue)):  # exactly the nodes of this level are in the queue now
            node = queue.popleft()
            level.append(node.value)
            for child in (node.left, node.right):
                if child is not None:
                    queue.append(child)
        result.append(level)
    return result


def path_sums(root) -> list:
    sums = []
    stack = [(root, 0)] if root is not None else []  # an explicit stack: no recursion, no depth limit
    while stack:
        node, above = stack.pop()
        total = above + node.value
        left, right = node.left, node.right
        if left is None and right is None:
            sums.append(total)
        for child in (right, left):  # right first, so that the left subtree is popped first
            if child is not None:
                stack.append((child, total))
    return sums
