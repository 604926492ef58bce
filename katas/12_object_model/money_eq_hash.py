"""Kata: __eq__ and __hash__ that agree.

Task: Money compares by value, yet it cannot be a set member or a dict key, and comparing it
with anything that is not Money blows up. Fix the class so that:

- Money(5, "EUR") == Money(5, "eur"): equal amounts, currency codes equal ignoring case;
- equal Money values are one set member, and each finds the other's entry as a dict key;
- a comparison with another type is left to the other object, and when neither side
  knows how to compare, the answer is simply False.

Money values are never changed after they are made.
"""


class Money:
    def __init__(self, amount, currency: str):
        self.amount = amount
        self.currency = currency

    def __repr__(self) -> str:
        return f"Money({self.amount!r}, {self.currency!r})"

    def __eq__(self, other):
        return self.amount == other.amount and self.currency.upper() == other.currency.upper()
