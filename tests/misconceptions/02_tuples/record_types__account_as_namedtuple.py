"""Misconception: a namedtuple with defaults works for any record.

Its fields cannot be rebound (balance += 25 fails), and a default list is one list for every record.

checklist: tuples.namedtuple_vs_dataclass
"""


from dataclasses import dataclass


Point = namedtuple("Point", "x y")


Account = namedtuple("Account", "owner balance history", defaults=[0, []])


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str
