"""Alternative: Money computes its comparison key once, in __init__, and both methods use it.

__eq__ and __hash__ read the same stored key (amount, upper-cased currency), so they agree by
construction; a stranger still gets NotImplemented. Cheaper per hash, at the price of a key
that would go stale if someone assigned amount or currency later.
"""


class Money:
    def __init__(self, amount, currency: str):
        self.amount = amount
        self.currency = currency
        self._key = (amount, currency.upper())

    def __repr__(self) -> str:
        return f"Money({self.amount!r}, {self.currency!r})"

    def __eq__(self, other):
        if isinstance(other, Money):
            return self._key == other._key
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._key)
