"""Misconception: collect each level by walking down from the root to that depth, one depth after another.

Right levels, and no recursion, but every level walks the whole tree above it again: O(n * height)
reads, which on a lopsided tree of n nodes is O(n^2). A queue visits each node once.

checklist: interview_patterns.trees
"""


def levels(root) -> list[list]:
    result = []
    depth = 0
    while True:
        level, stack = [], [(root, 0)] if root is not None else []
        while stack:
            node, at = stack.pop()
            if at == depth:
                level.append(node.value)
                continue
            for child in (node.right, node.left):
                if child is not None:
                    stack.append((child, at + 1))
        if not level:
            return result
        result.append(level)
        depth += 1
