"""Alternative: the caller submits each node's children() call as soon as its parent's call finishes (FIRST_COMPLETED),
then lays the nodes out depth first.

No level-by-level barrier, and still no worker ever waits for the pool: only the caller's thread does.
"""

from concurrent.futures import FIRST_COMPLETED, wait


def walk_tree(root, children, pool) -> list:
    kids_of: dict = {}
    pending = {pool.submit(children, root): root}
    while pending:
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            node = pending.pop(future)
            kids_of[node] = future.result()
            for kid in kids_of[node]:
                pending[pool.submit(children, kid)] = kid
    found, stack = [], [root]
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(reversed(kids_of[node]))
    return found
