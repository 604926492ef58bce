"""Reference solution: one lock per account guards every read-modify-write of its balance."""

import threading


class Account:
    def __init__(self, balance: int = 0):
        self.balance = balance
        self._lock = threading.Lock()

    def deposit(self, amount: int) -> None:
        """Add amount to the balance."""
        with self._lock:
            self.balance += amount

    def withdraw(self, amount: int) -> None:
        """Take amount from the balance; raise ValueError (and change nothing) if the balance is smaller."""
        with self._lock:  # the check and the change in one critical section
            if amount > self.balance:
                raise ValueError(f"cannot withdraw {amount} from a balance of {self.balance}")
            self.balance -= amount
