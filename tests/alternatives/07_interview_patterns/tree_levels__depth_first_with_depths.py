"""Alternative: levels by a depth-first walk that carries each node's depth; leaf totals collected right to left, then reversed.

levels pushes (node, depth) on a stack, right child first, so each level's list fills from left to
right although the walk goes deep first. path_sums pushes the left child first, which meets the
leaves from right to left, and reverses the list at the end. Both O(n), neither recursive.
"""


def levels(root) -> list[list]:
    result: list[list] = []
    stack = [(root, 0)] if root is not None else []
    while stack:
        node, depth = stack.pop()
        if depth == len(result):
            result.append([])
        result[depth].append(node.value)
        left, right = node.left, node.right
        if right is not None:
            stack.append((right, depth + 1))
        if left is not None:
            stack.append((left, depth + 1))
    return result


def path_sums(root) -> list:
    right_to_left = []
    stack = [(root, root.value)] if root is not None else []
    while stack:
        node, total = stack.pop()
        left, right = node.left, node.right
        if left is None and right is None:
            right_to_left.append(total)
        if left is not None:
            stack.append((left, total + left.value))
        if right is not None:
            stack.append((right, total + right.value))
    return right_to_left[::-1]
