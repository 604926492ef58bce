"""Reference solution for alternative_constructors.py."""

from decimal import Decimal


class Money:
    def __init__(self, amount, currency: str):
        # Through self, so that a subclass's own is_currency_code applies.
        if not self.is_currency_code(currency):
            raise ValueError(f"not a currency code: {currency!r}")
        self.amount = Decimal(amount)
        self.currency = currency

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.amount)!r}, {self.currency!r})"

    @staticmethod
    def is_currency_code(text: str) -> bool:
        return len(text) == 3 and text.isalpha() and text.isupper()

    @classmethod
    def parse(cls, text: str):
        """Money.parse("12.50 EUR"): the amount, a space, the currency code."""
        amount, currency = text.split()
        return cls(amount, currency)

    @classmethod
    def from_cents(cls, cents: int, currency: str):
        """Money.from_cents(1250, "EUR") is 12.50 EUR."""
        return cls(Decimal(cents) / 100, currency)
