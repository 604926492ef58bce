"""Tests for money_eq_hash.py: equal objects hash equal; a comparison Money cannot answer is NotImplemented."""

import itertools
import operator
from decimal import Decimal
from fractions import Fraction
from unittest import mock

import pytest

from dojo.testing import call_kata
from money_eq_hash import Money

# The same numbers written as int, float, Decimal and Fraction: Python's numbers compare
# equal across types, and a correct hash must follow them.
AMOUNTS = [0, 0.0, 5, 5.0, Decimal("5.00"), Fraction(10, 2), 7, -7.0, 12.5, Decimal("12.5")]
CURRENCIES = ["EUR", "eur", "Eur", "USD", "usd", "GBP"]


class Cents:
    """Another currency type that knows how to compare itself with Money, in either order."""

    def __init__(self, cents, currency):
        self.cents, self.currency = cents, currency

    def __eq__(self, other):
        if isinstance(other, Money):
            return other.amount * 100 == self.cents and other.currency.upper() == self.currency.upper()
        return NotImplemented

    __hash__ = None


@pytest.mark.checklist("object_model.eq_hash", "object_model.hashability")
def test_equal_money_is_one_set_member():
    members = call_kata(set, [Money(5, "EUR"), Money(5, "EUR"), Money(5, "eur"), Money(5.0, "Eur")])
    assert len(members) == 1, (
        f"a set of four equal Money values holds {len(members)} members: equal objects must have equal "
        "hashes, so the set finds the one already there"
    )


@pytest.mark.checklist("object_model.eq_hash", "object_model.hashability")
def test_an_equal_key_finds_the_entry():
    prices = call_kata(dict, [(Money(3, "EUR"), "coffee"), (Money(3, "USD"), "tea")])
    assert call_kata(prices.get, Money(3, "eur")) == "coffee", (
        "a new Money(3, 'eur') equals the key Money(3, 'EUR'), so it must find that entry: "
        "the dict looks in the slot of the new key's hash first, then compares with =="
    )
    assert call_kata(prices.get, Money(3, "GBP")) is None, "no entry for GBP"


@pytest.mark.checklist("object_model.eq_hash")
def test_different_money_is_different():
    assert Money(5, "EUR") != Money(6, "EUR"), "different amounts differ"
    assert Money(5, "EUR") != Money(5, "USD"), "different currencies differ"
    members = call_kata(set, [Money(5, "EUR"), Money(6, "EUR"), Money(5, "USD")])
    assert len(members) == 3, f"three different Money values make {len(members)} set members"


@pytest.mark.checklist("object_model.eq_hash")
def test_equal_money_always_hashes_equal():
    """Every pair of 60 Money values (all amounts times all currencies): a == b implies hash(a) == hash(b)."""
    values = [Money(amount, currency) for amount, currency in itertools.product(AMOUNTS, CURRENCIES)]
    hashes = {id(money): call_kata(hash, money) for money in values}
    equal_pairs = call_kata(lambda: [(a, b) for a, b in itertools.product(values, repeat=2) if a == b])
    for a, b in equal_pairs:
        assert hashes[id(a)] == hashes[id(b)], (
            f"{a!r} == {b!r}, so their hashes must be equal: hash exactly what __eq__ compares, "
            "normalised the same way"
        )
    assert all((money, money) in equal_pairs for money in values), "every Money equals itself"


@pytest.mark.checklist("object_model.eq_hash")
def test_a_comparison_money_cannot_answer_goes_to_the_other_side():
    assert call_kata(operator.eq, Money(5, "EUR"), mock.ANY) is True, (
        "Money(5, 'EUR') == mock.ANY should be True: when Money cannot compare with the other "
        "object, __eq__ must return NotImplemented so Python asks the other object"
    )
    assert call_kata(operator.eq, Money(5, "EUR"), Cents(500, "EUR")) is True, (
        "Cents(500, 'EUR') knows it equals Money(5, 'EUR'); Money's __eq__ must let it answer"
    )


@pytest.mark.checklist("object_model.eq_hash")
def test_a_stranger_is_simply_not_equal():
    money = Money(5, "EUR")
    assert call_kata(operator.eq, money, "5 EUR") is False, "Money(5, 'EUR') == '5 EUR' is False, not an error"
    assert call_kata(operator.ne, money, None) is True, "Money(5, 'EUR') != None is True"
    assert call_kata(operator.contains, ["5 EUR", None, 5], money) is False, (
        "`in` compares with == against each item: no item is Money, so the answer is False"
    )
