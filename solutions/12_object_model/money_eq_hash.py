"""Reference solution for money_eq_hash.py."""


class Money:
    def __init__(self, amount, currency: str):
        self.amount = amount
        self.currency = currency

    def __repr__(self) -> str:
        return f"Money({self.amount!r}, {self.currency!r})"

    def _key(self):
        return self.amount, self.currency.upper()

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())
