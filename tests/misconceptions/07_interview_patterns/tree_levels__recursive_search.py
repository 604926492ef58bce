"""Misconception: recursion is the natural way to walk a tree, whatever its depth.

Right answers on bushy trees, and O(n); but each level of the tree is a nested Python call, and
a chain 10,000 nodes deep passes sys.getrecursionlimit() (1000 by default): RecursionError.

checklist: interview_patterns.trees
"""


def levels(root) -> list[list]:
    result: list[list] = []

    def visit(node, depth):
        if node is None:
            return
        if depth == len(result):
            result.append([])
        result[depth].append(node.value)
        visit(node.left, depth + 1)
        visit(node.right, depth + 1)

    visit(root, 0)
    return result


def path_sums(root) -> list:
    if root is None:
        return []
    left, right = root.left, root.right
    if left is None and right is None:
        return [root.value]
    return [root.value + total for child in (left, right) for total in path_sums(child)]
