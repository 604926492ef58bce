"""Tests for alternative_constructors.py: an alternative constructor builds the class it is called on."""

from decimal import Decimal

import pytest

from alternative_constructors import Money
from dojo.testing import assert_returns, call_kata, kata_raises

pytestmark = pytest.mark.checklist("object_model.methods")


class Price(Money):
    """A subclass that adds nothing: it must still get Prices back."""

    def with_tax(self, rate):
        return type(self)(self.amount * (1 + Decimal(rate)), self.currency)


class TaxedPrice(Price):
    """A subclass with its own __init__ (an extra argument with a default)."""

    def __init__(self, amount, currency, rate="0.20"):
        super().__init__(amount, currency)
        self.rate = Decimal(rate)


class EuroOnly(Money):
    """A subclass with a stricter currency rule."""

    @staticmethod
    def is_currency_code(text):
        return text == "EUR"


def made_by(cls, how, *args):
    made = call_kata(getattr(cls, how), *args)
    assert type(made) is cls, (
        f"{cls.__name__}.{how}{args!r} returned a {type(made).__name__}, not a {cls.__name__}: "
        f"an alternative constructor must build the class it was called on, which a method that names "
        f"Money inside cannot know"
    )
    return made


def test_parse_on_a_subclass_gives_the_subclass():
    assert_returns(made_by(Money, "parse", "12.50 EUR").amount, Decimal("12.50"), "Money.parse('12.50 EUR').amount")
    price = made_by(Price, "parse", "3.20 EUR")
    assert (price.amount, price.currency) == (Decimal("3.20"), "EUR")
    assert type(call_kata(price.with_tax, "0.5")) is Price, "a Price keeps the methods of Price"


def test_from_cents_on_a_subclass_gives_the_subclass():
    assert made_by(Money, "from_cents", 1250, "EUR").amount == Decimal("12.50")
    price = made_by(Price, "from_cents", 320, "USD")
    assert (price.amount, price.currency) == (Decimal("3.20"), "USD")


def test_the_subclass_init_runs():
    taxed = made_by(TaxedPrice, "parse", "10 EUR")
    assert taxed.rate == Decimal("0.20"), "TaxedPrice.parse must go through TaxedPrice.__init__"
    assert made_by(TaxedPrice, "from_cents", 100, "EUR").rate == Decimal("0.20")


CURRENCY_CASES = {  # how EuroOnly is made: (maker, arguments it must reject, arguments it must accept)
    "init": (EuroOnly, ("1", "USD"), ("1", "EUR")),
    "parse": (EuroOnly.parse, ("1 USD",), ("1 EUR",)),
    "from_cents": (EuroOnly.from_cents, (100, "USD"), (100, "EUR")),
}


@pytest.mark.parametrize("case", CURRENCY_CASES)
def test_a_subclass_rule_for_currency_codes_applies(case):
    make, rejected, accepted = CURRENCY_CASES[case]
    kata_raises(ValueError, make, *rejected)
    made = call_kata(make, *accepted)
    assert type(made) is EuroOnly and made.currency == "EUR", f"EuroOnly made by {case} accepts EUR and is an EuroOnly"
    assert_returns(call_kata(Money.is_currency_code, "USD"), True, "Money.is_currency_code('USD')")
