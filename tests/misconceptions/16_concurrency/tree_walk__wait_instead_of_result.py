"""Misconception: the deadlock comes from future.result(); concurrent.futures.wait inside the worker avoids it (any wait does).

checklist: none
"""

from concurrent.futures import wait


def walk_tree(root, children, pool) -> list:
    def visit(node):
        futures = [pool.submit(visit, child) for child in children(node)]
        wait(futures)  # still a worker waiting for its own pool: the same deadlock once all workers do it
        found = [node]
        for future in futures:
            found.extend(future.result())
        return found

    return pool.submit(visit, root).result()
