"""Misconception: ordering the locks is the whole cure (an account paying itself asks for its own Lock twice).

checklist: none
"""


def transfer(source: Account, target: Account, amount: int) -> None:
    first, second = sorted((source, target), key=lambda account: account.number)
    with first.lock:
        with second.lock:
            if amount > source.balance:
                raise ValueError(f"account {source.number} has {source.balance}, not {amount}")
            source.balance -= amount
            target.balance += amount
