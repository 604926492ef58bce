"""Misconception: shutdown() drops the calls still waiting in the queue (without cancel_futures=True it runs them all first).

checklist: none
"""


def stop_pool(pool) -> None:
    pool.shutdown(wait=True)
