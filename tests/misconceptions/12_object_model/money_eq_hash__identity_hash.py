"""Misconception: putting object's hash back (`__hash__ = object.__hash__`) makes a value class hashable.

It is hashable, by identity: two equal Money values land in different buckets, so a set keeps
both and a dict lookup with an equal new key misses.

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

    __hash__ = object.__hash__
