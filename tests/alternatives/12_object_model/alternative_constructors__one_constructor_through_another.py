"""Alternative: parse goes through from_cents, and the check asks type(self) for the rule.

Chaining alternative constructors through cls keeps one place that builds objects; a subclass
that overrides from_cents changes parse too. type(self).is_currency_code finds the subclass's
rule exactly as self.is_currency_code does.
"""

from decimal import Decimal


class Money:
    def __init__(self, amount, currency: str):
        if not type(self).is_currency_code(currency):
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
        amount, _, currency = text.partition(" ")
        return cls.from_cents(Decimal(amount) * 100, currency)

    @classmethod
    def from_cents(cls, cents, currency: str):
        return cls(Decimal(cents) / 100, currency)
