"""Misconception: __eq__ should return False for an object of another type.

False is a final answer: Python never asks the other object, so mock.ANY and a type that knows
how to compare itself with Money are both told "not equal".

checklist: object_model.eq_hash
"""


class Money:
    def __init__(self, amount, currency: str):
        self.amount = amount
        self.currency = currency

    def __repr__(self) -> str:
        return f"Money({self.amount!r}, {self.currency!r})"

    def __eq__(self, other):
        if not isinstance(other, Money):
            return False
        return self.amount == other.amount and self.currency.upper() == other.currency.upper()

    def __hash__(self) -> int:
        return hash((self.amount, self.currency.upper()))
