"""Misconception: the check in withdraw is read-only, so it can stay outside the critical section (check-then-act).

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
        if amount > self.balance:
            raise ValueError(f"cannot withdraw {amount} from a balance of {self.balance}")
        with self._lock:
            self.balance -= amount
