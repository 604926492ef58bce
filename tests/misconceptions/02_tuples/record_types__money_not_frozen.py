"""Misconception: any dataclass can be a dict key.

A plain @dataclass compares by fields and sets __hash__ to None: unhashable, and mutable.

checklist: tuples.namedtuple_vs_dataclass
"""


Point = namedtuple("Point", "x y")


@dataclass
class Account:
    owner: str
    balance: int = 0
    history: list = field(default_factory=list)


@dataclass
class Money:
    amount: int
    currency: str
