"""Misconception: a namedtuple is a fine value type: immutable, hashable, light.

It is a tuple, so Money(5, "EUR") == (5, "EUR") == Point(5, "EUR").

checklist: tuples.namedtuple_vs_dataclass
"""


Point = namedtuple("Point", "x y")


Money = namedtuple("Money", "amount currency")


@dataclass
class Account:
    owner: str
    balance: int = 0
    history: list = field(default_factory=list)
