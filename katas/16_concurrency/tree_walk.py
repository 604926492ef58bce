"""Kata: a pool that waits for itself.

Task: walk_tree works while the pool has more workers than the tree has levels, and hangs
forever otherwise. Fix it: the result stays the same, and any pool with at least one worker
must do.

Each visit runs in a worker of the pool and then waits for the visits of its children,
which it has submitted to the same pool. A worker that waits is still busy: once every
worker waits for a visit that sits in the queue behind them, nothing can ever run again.
"""


def walk_tree(root, children, pool) -> list:
    """Every node of the tree below root (root included), each after its parent, in the order children() lists them.

    children(node) returns the list of node's children; it is slow (it asks a server), so its
    calls run in `pool`, a concurrent.futures.ThreadPoolExecutor, several at a time.
    """

    def visit(node):
        futures = [pool.submit(visit, child) for child in children(node)]
        found = [node]
        for future in futures:
            found.extend(future.result())  # a worker waiting for workers of its own pool
        return found

    return pool.submit(visit, root).result()
