"""Reference solution: the caller's thread drives the walk level by level; workers only call children()."""


def walk_tree(root, children, pool) -> list:
    """Every node of the tree below root (root included), each after its parent, in the order children() lists them."""
    found, level = [root], [root]
    while level:
        below = list(pool.map(children, level))  # the pool never waits for itself: only this thread waits
        level = [child for kids in below for child in kids]
        found.extend(level)
    return found
