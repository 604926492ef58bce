"""Misconception: a node with a missing child ends a path, like a leaf.

A leaf has no child at all. A node with only one child is in the middle of a path: stopping
there adds a total for a path that does not reach a leaf.

checklist: interview_patterns.trees
"""


def path_sums(root) -> list:
    sums = []
    stack = [(root, 0)] if root is not None else []
    while stack:
        node, above = stack.pop()
        total = above + node.value
        left, right = node.left, node.right
        if left is None or right is None:
            sums.append(total)
        for child in (right, left):
            if child is not None:
                stack.append((child, total))
    return sums
