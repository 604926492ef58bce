"""Misconception: an RLock cures deadlocks (it only lets one thread re-acquire its own lock).

checklist: none
"""


@dataclass(eq=False)
class Account:
    number: int
    balance: int = 0
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False)


def transfer(source: Account, target: Account, amount: int) -> None:
    with source.lock:
        with target.lock:
            if amount > source.balance:
                raise ValueError(f"account {source.number} has {source.balance}, not {amount}")
            source.balance -= amount
            target.balance += amount
