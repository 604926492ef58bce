"""Misconception: shutdown(wait=False) stops the pool (it returns at once; the running calls go on unseen).

checklist: none
"""


def stop_pool(pool) -> None:
    pool.shutdown(wait=False, cancel_futures=True)
