"""Reference solution for record_types.py."""

from collections import namedtuple
from dataclasses import dataclass, field

Point = namedtuple("Point", ["x", "y"])


@dataclass
class Account:
    """Account(owner, balance=0, history=<a new empty list for each account>)."""

    owner: str
    balance: int = 0
    history: list = field(default_factory=list)


@dataclass(frozen=True)
class Money:
    """Money(amount, currency), a value: immutable, hashable, equal only to equal Money."""

    amount: int
    currency: str
