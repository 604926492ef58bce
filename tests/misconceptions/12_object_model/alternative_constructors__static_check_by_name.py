"""Misconception: a static method is looked up the same way wherever it is called from, so Money.is_currency_code(...) in __init__ is fine.

Naming the class pins the check to Money's version: a subclass that overrides is_currency_code
is ignored. Called through self (or type(self)), the lookup starts at the object's own class.

checklist: none
"""


class Money:
    def __init__(self, amount, currency: str):
        if not Money.is_currency_code(currency):
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
        return cls(amount, currency)

    @classmethod
    def from_cents(cls, cents: int, currency: str):
        return cls(Decimal(cents) / 100, currency)
