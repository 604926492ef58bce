"""Tests for record_types.py: a namedtuple is a tuple; a dataclass is a class, frozen or not."""

import pytest

from dojo.testing import call_kata
from record_types import Account, Money, Point

CHECK = pytest.mark.checklist("tuples.namedtuple_vs_dataclass")


def _assert_frozen(record, field: str, value) -> None:
    try:
        setattr(record, field, value)
    except AttributeError:
        return
    raise AssertionError(
        f"`record.{field} = {value!r}` worked on {type(record).__name__}: this record must never change, so "
        "assigning a field should raise AttributeError"
    )


@CHECK
def test_a_point_is_a_tuple():
    point = call_kata(Point, 3, 4)
    assert isinstance(point, tuple), "existing code treats points as tuples: Point must be a tuple type"
    x, y = point
    assert (x, y, point[0], point[1], point.x, point.y) == (3, 4, 3, 4, 3, 4), (
        "Point(3, 4) unpacks to 3, 4, indexes as [0] == 3 and [1] == 4, and names them .x and .y"
    )
    assert point == (3, 4) and call_kata(Point, y=2, x=1) == (1, 2), "a point equals the plain tuple of its items"


@CHECK
def test_points_sort_and_hash_like_tuples():
    points = [call_kata(Point, 2, 1), call_kata(Point, 1, 5), call_kata(Point, 1, 2)]
    assert sorted(points) == [(1, 2), (1, 5), (2, 1)], "points sort like tuples: by x, then by y"
    assert {call_kata(Point, 0, 0): "origin"}.get((0, 0)) == "origin", "a point is a key equal to its plain tuple"


@CHECK
def test_a_point_never_changes():
    point = call_kata(Point, 3, 4)
    _assert_frozen(point, "x", 10)
    assert point == (3, 4), "assigning a field of a point must fail and leave it unchanged"


@CHECK
def test_an_account_changes_over_time():
    account = call_kata(Account, "ada")
    assert (account.owner, account.balance, account.history) == ("ada", 0, []), (
        "Account('ada') starts with balance 0 and an empty history"
    )
    account.balance += 25
    account.history.append("deposit 25")
    assert (account.balance, account.history) == (25, ["deposit 25"]), (
        "an account's balance and history change: a tuple-based record cannot rebind its fields"
    )


@CHECK
def test_every_account_has_its_own_history():
    first, second = call_kata(Account, "ada"), call_kata(Account, "bob")
    first.history.append("opened")
    assert second.history == [], (
        "appending to one account's history changed another's: the default history is one list shared "
        "by every account (a dataclass needs field(default_factory=list))"
    )


@CHECK
def test_accounts_compare_and_show_their_fields():
    assert call_kata(Account, "ada", 5) == call_kata(Account, "ada", 5), "two accounts with equal fields are equal"
    assert call_kata(Account, "ada", 5) != call_kata(Account, "ada", 6), "accounts with different balances differ"
    assert call_kata(Account, "ada", 5) != ("ada", 5, []), "an account is not a tuple and never equals one"
    shown = repr(call_kata(Account, "ada", 5))
    assert "ada" in shown and "5" in shown, f"the repr of an account shows its fields, not {shown}"


@CHECK
def test_a_mutable_account_is_not_a_key():
    account = call_kata(Account, "ada")
    try:
        hash(account)
    except TypeError:
        return
    raise AssertionError(
        "hash(Account('ada')) worked: a record that is equal by its fields and whose fields change must not be "
        "hashable, or it gets lost in a dict or set when it changes. A plain @dataclass sets __hash__ to None"
    )


@CHECK
def test_money_is_a_hashable_value():
    five = call_kata(Money, 5, "EUR")
    assert five == call_kata(Money, amount=5, currency="EUR"), "Money(5, 'EUR') equals another Money(5, 'EUR')"
    assert five != call_kata(Money, 5, "USD"), "euros are not dollars"
    prices = {five: "coffee", call_kata(Money, 5, "EUR"): "tea"}
    assert len(prices) == 1 and prices[five] == "tea", "equal Money values are one dict key"


@CHECK
def test_money_never_changes():
    five = call_kata(Money, 5, "EUR")
    _assert_frozen(five, "amount", 500)
    assert five == call_kata(Money, 5, "EUR"), "assigning a field of Money must fail and leave it unchanged"


@CHECK
def test_money_equals_nothing_but_money():
    five = call_kata(Money, 5, "EUR")
    assert five != (5, "EUR"), (
        "Money(5, 'EUR') == (5, 'EUR'): a namedtuple is equal to every tuple with the same items, so a price "
        "would equal a point, a pair or any other record that happens to hold 5 and 'EUR'"
    )
    assert five != call_kata(Point, 5, "EUR"), "Money must not equal a Point that holds the same items"
