"""Kata: alternative constructors that respect subclasses.

Task: Money.parse("12.50 EUR") and Money.from_cents(1250, "EUR") build a Money from other
shapes of input, and Money checks its currency code when it is made. A subclass gets all of
this wrong:

    class Price(Money): ...
    Price.parse("3.20 EUR")      # should be a Price; it is a Money
    Price.from_cents(320, "EUR") # the same

Fix Money so that:

- parse and from_cents, called on any class (Money, Price, a subclass of Price), return an
  instance of that class, made by that class's own __init__;
- they stay callable on the class, with the same arguments as now;
- a subclass that overrides is_currency_code gets its own rule applied, whichever way the
  object is made;
- is_currency_code needs neither a class nor an instance, and stays callable as
  Money.is_currency_code("EUR").
"""

from decimal import Decimal


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

    @staticmethod
    def parse(text: str):
        """Money.parse("12.50 EUR"): the amount, a space, the currency code."""
        amount, currency = text.split()
        return Money(amount, currency)

    @staticmethod
    def from_cents(cents: int, currency: str):
        """Money.from_cents(1250, "EUR") is 12.50 EUR."""
        return Money(Decimal(cents) / 100, currency)
