"""Misconception: an ordinary method that builds type(self)(...) is an alternative constructor.

type(self) is right for a method called on an instance, but an alternative constructor is
called on the class, before any instance exists: Price.parse("3.20 EUR") passes the text as
self and the currency is missing (TypeError).

checklist: none
"""


class Money:
    def __init__(self, amount, currency: str):
        if not self.is_currency_code(currency):
            raise ValueError(f"not a currency code: {currency!r}")
        self.amount = Decimal(amount)
        self.currency = currency

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.amount)!r}, {self.currency!r})"

    @staticmethod
    def is_currency_code(text: str) -> bool:
        return len(text) == 3 and text.isalpha() and text.isupper()

    def parse(self, text: str):
        amount, currency = text.split()
        return type(self)(amount, currency)

    def from_cents(self, cents: int, currency: str):
        return type(self)(Decimal(cents) / 100, currency)
