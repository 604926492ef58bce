"""Misconception: hashing a text form of the value (f"{amount}{currency}") is as good as hashing the value.

5 == 5.0 == Decimal("5.00"), but "5", "5.0" and "5.00" are different strings with different hashes.

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
        return hash(f"{self.amount}{self.currency.upper()}")
