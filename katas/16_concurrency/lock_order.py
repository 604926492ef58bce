"""Kata: a deadlock, and the lock ordering that cures it.

Task: transfer() takes the source account's lock, then the target's. Two transfers in
opposite directions at the same moment can each get their first lock and then wait forever
for the other's. Fix transfer so that transfers running at once, between any accounts,
never deadlock, by making every transfer take its locks in one order they all agree on. An
account paying itself keeps its balance, and must not wait for itself.

(Giving up on a lock and retrying, "back-off", is the other classic cure; it can livelock,
and the tests, which keep transfers in step, stop a transfer that retries and say so.)

Keep Account as it is: each account has its own lock, and transfer must hold the locks of
both accounts while it checks and moves the money.
"""

import threading
from dataclasses import dataclass, field


@dataclass(eq=False)
class Account:
    number: int  # unique per account
    balance: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)


def transfer(source: Account, target: Account, amount: int) -> None:
    """Move amount from source to target; raise ValueError (and change nothing) if source has less."""
    with source.lock:
        with target.lock:
            if amount > source.balance:
                raise ValueError(f"account {source.number} has {source.balance}, not {amount}")
            source.balance -= amount
            target.balance += amount
