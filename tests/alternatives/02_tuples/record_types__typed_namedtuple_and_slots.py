"""Alternative: typing.NamedTuple for the point, a hand-written class for the account, a slotted frozen dataclass for money.

The reference uses collections.namedtuple and two dataclasses. Here Point is a typed NamedTuple
(still a tuple), Account writes by hand what @dataclass generates (a fresh history list per
account, equality by fields, and so no hash), and Money adds slots=True to the frozen dataclass.
"""

from dataclasses import dataclass
from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float


class Account:
    """Account(owner, balance=0, history=<a new empty list for each account>)."""

    __hash__ = None  # equal by value and mutable: unhashable, as a dataclass with eq=True

    def __init__(self, owner: str, balance: int = 0, history: list | None = None):
        self.owner = owner
        self.balance = balance
        self.history = [] if history is None else history

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return (self.owner, self.balance, self.history) == (other.owner, other.balance, other.history)

    def __repr__(self):
        return f"Account(owner={self.owner!r}, balance={self.balance!r}, history={self.history!r})"


@dataclass(frozen=True, slots=True)
class Money:
    amount: int
    currency: str
