"""Misconception: acquire(timeout=) cures a deadlock by itself (a transfer that gives up silently loses the transfer).

checklist: none
"""


def transfer(source: Account, target: Account, amount: int) -> None:
    with source.lock:
        if source is target or not target.lock.acquire(timeout=0.05):
            return  # could not get both locks: skip the transfer
        try:
            if amount > source.balance:
                raise ValueError(f"account {source.number} has {source.balance}, not {amount}")
            source.balance -= amount
            target.balance += amount
        finally:
            target.lock.release()
