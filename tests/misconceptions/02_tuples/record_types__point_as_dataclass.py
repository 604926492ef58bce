"""Misconception: a frozen dataclass can stand in for a namedtuple anywhere.

It is not a tuple: it does not unpack, index, or equal the plain tuple of its fields.

checklist: tuples.namedtuple_vs_dataclass
"""


@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int


@dataclass
class Account:
    owner: str
    balance: int = 0
    history: list = field(default_factory=list)


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str
