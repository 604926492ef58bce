"""Kata: a race condition, and the lock that removes it.

Task: Account below loses money when two threads use one account at the same time. Make
deposit and withdraw safe to call from many threads at once, without changing what they do
for a single thread.

The GIL does not save you. It lets one thread at a time run bytecode, but
`self.balance += amount` is several bytecodes: read the balance, add, write it back. A
thread can be switched out between the read and the write, and another thread's deposit is
then overwritten.
"""

import threading  # noqa: F401  (you will want it)


class Account:
    def __init__(self, balance: int = 0):
        self.balance = balance

    def deposit(self, amount: int) -> None:
        """Add amount to the balance."""
        self.balance += amount

    def withdraw(self, amount: int) -> None:
        """Take amount from the balance; raise ValueError (and change nothing) if the balance is smaller."""
        if amount > self.balance:
            raise ValueError(f"cannot withdraw {amount} from a balance of {self.balance}")
        self.balance -= amount
