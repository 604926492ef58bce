"""Alternative: the distinct accounts, sorted by id(), are locked through a contextlib.ExitStack.

id() is a fixed order too while both accounts live, and a set of ids takes an account paying
itself once, so no special case is needed for it.
"""

import contextlib


def transfer(source, target, amount: int) -> None:
    accounts = {id(account): account for account in (source, target)}
    with contextlib.ExitStack() as stack:
        for key in sorted(accounts):
            stack.enter_context(accounts[key].lock)
        if amount > source.balance:
            raise ValueError(f"account {source.number} has {source.balance}, not {amount}")
        source.balance -= amount
        target.balance += amount
