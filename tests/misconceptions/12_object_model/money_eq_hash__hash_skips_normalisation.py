"""Misconception: hashing the raw attributes is enough, even though __eq__ compares them normalised.

Money(5, "EUR") == Money(5, "eur"), yet their hashes differ: equal objects, different buckets.

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
            return NotImplemented
        return self.amount == other.amount and self.currency.upper() == other.currency.upper()

    def __hash__(self) -> int:
        return hash((self.amount, self.currency))
