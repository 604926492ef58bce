"""Misconception: `with threading.Lock():` inside the method protects it (each call makes its own lock, so nothing is shared).

checklist: concurrency.gil
"""


class Account:
    def __init__(self, balance: int = 0):
        self.balance = balance

    def deposit(self, amount: int) -> None:
        with threading.Lock():
            self.balance += amount

    def withdraw(self, amount: int) -> None:
        with threading.Lock():
            if amount > self.balance:
                raise ValueError(f"cannot withdraw {amount} from a balance of {self.balance}")
            self.balance -= amount
