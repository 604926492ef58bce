"""Alternative: a `synchronized` decorator holds the account's RLock around each whole method.

The lock is made once per account; the decorator puts the check and the change of withdraw
in one critical section because it wraps the whole call.
"""

import functools
import threading


def synchronized(method):
    @functools.wraps(method)
    def locked(self, *args, **kwargs):
        with self._guard:
            return method(self, *args, **kwargs)

    return locked


class Account:
    def __init__(self, balance: int = 0):
        self._guard = threading.RLock()
        self.balance = balance

    @synchronized
    def deposit(self, amount: int) -> None:
        self.balance = self.balance + amount

    @synchronized
    def withdraw(self, amount: int) -> None:
        if self.balance < amount:
            raise ValueError(f"cannot withdraw {amount} from a balance of {self.balance}")
        self.balance = self.balance - amount
