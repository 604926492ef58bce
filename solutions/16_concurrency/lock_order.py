"""Reference solution: every transfer takes the two locks in one global order (by account number)."""

import threading
from dataclasses import dataclass, field


@dataclass(eq=False)
class Account:
    number: int  # unique per account
    balance: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)


def transfer(source: Account, target: Account, amount: int) -> None:
    """Move amount from source to target; raise ValueError (and change nothing) if source has less."""
    if source is target:
        with source.lock:  # one lock: a Lock is not reentrant, so never ask for it twice
            if amount > source.balance:
                raise ValueError(f"account {source.number} has {source.balance}, not {amount}")
        return
    first, second = sorted((source, target), key=lambda account: account.number)
    with first.lock:
        with second.lock:
            if amount > source.balance:
                raise ValueError(f"account {source.number} has {source.balance}, not {amount}")
            source.balance -= amount
            target.balance += amount
