"""Misconception: ordering the locks is the whole cure (an account paying itself asks for its own Lock twice).

checklist: none
"""

import threading
from dataclasses import dataclass, field


@dataclass(eq=False)
class Account:
    number: int
    balance: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)


def transfer(source: Account, target: Account, amount: int) -> None:
    first, second = sorted((source, target), key=lambda account: account.number)
    with first.lock:
        with second.lock:
            if amount > source.balance:
                raise ValueError(f"account {source.number} has {source.balance}, not {amount}")
            source.balance -= amount
            target.balance += amount
