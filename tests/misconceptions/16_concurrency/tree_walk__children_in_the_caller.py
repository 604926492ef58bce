"""Misconception: the cure for a pool that deadlocks is to stop using the pool (the slow calls then run one at a time).

checklist: none
"""


def walk_tree(root, children, pool) -> list:
    found, level = [root], [root]
    while level:
        level = [child for node in level for child in children(node)]
        found.extend(level)
    return found
