"""Misconception: only the write needs the lock; reading the balance is harmless.

checklist: concurrency.gil
"""


class Account:
    def __init__(self, balance: int = 0):
        self.balance = balance
        self._lock = threading.Lock()

    def deposit(self, amount: int) -> None:
        new_balance = self.balance + amount  # read outside the lock: another deposit can land in between
        with self._lock:
            self.balance = new_balance

    def withdraw(self, amount: int) -> None:
        if amount > self.balance:
            raise ValueError(f"cannot withdraw {amount} from a balance of {self.balance}")
        new_balance = self.balance - amount
        with self._lock:
            self.balance = new_balance
