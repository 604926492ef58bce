"""Misconception: any sort of the two accounts gives a lock order (a balance changes and ties; it is no global order).

checklist: none
"""


def transfer(source: Account, target: Account, amount: int) -> None:
    if source is target:
        return
    first, second = sorted((source, target), key=lambda account: account.balance)
    with first.lock:
        with second.lock:
            if amount > source.balance:
                raise ValueError(f"account {source.number} has {source.balance}, not {amount}")
            source.balance -= amount
            target.balance += amount
