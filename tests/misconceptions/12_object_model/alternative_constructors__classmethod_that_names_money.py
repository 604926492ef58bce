"""Misconception: making parse and from_cents classmethods is enough, even if they still build Money(...) by name.

cls is the class the method was called on; a body that names Money ignores it, so Price.parse
still returns a Money.

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

    @classmethod
    def parse(cls, text: str):
        amount, currency = text.split()
        return Money(amount, currency)

    @classmethod
    def from_cents(cls, cents: int, currency: str):
        return Money(Decimal(cents) / 100, currency)
