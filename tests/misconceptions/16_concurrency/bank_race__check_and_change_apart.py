"""Misconception: the check and the change are each safe under the lock, so two critical sections are as good as one.

Between them the lock is free: another withdrawal can pass the same check before this one subtracts.

checklist: concurrency.gil
"""


class Account:
    def __init__(self, balance: int = 0):
        self.balance = balance
        self._lock = threading.Lock()

    def deposit(self, amount: int) -> None:
        with self._lock:
            self.balance += amount

    def withdraw(self, amount: int) -> None:
        with self._lock:
            if amount > self.balance:
                raise ValueError(f"cannot withdraw {amount} from a balance of {self.balance}")
        with self._lock:  # the lock was free in between
            self.balance -= amount
