"""Tests for identity_equality.py: `is` asks for the same object, `==` for an equal value."""

from dataclasses import dataclass
from fractions import Fraction
from unittest import mock

import pytest

from dojo.testing import KataFailure, assert_returns, call_kata, kata_raises
from identity_equality import index_of, lookup, remove_listener


@dataclass
class Listener:
    """Two listeners with the same name compare equal (dataclass __eq__), yet are two objects."""

    name: str


class _ElementWise:
    def __bool__(self):
        raise ValueError("the truth value of an array is ambiguous")


class Array:
    """Like a numpy array: == compares element by element, and its result refuses to be a bool."""

    __hash__ = None

    def __eq__(self, other):
        return _ElementWise()

    def __repr__(self):
        return "Array([...])"


def _lookup(*args):
    """Call lookup; if it raises where it should return the default, say why that happens."""
    try:
        return call_kata(lookup, *args)
    except KataFailure as failure:
        raise KataFailure(
            f"{failure}\n  lookup was given a default, so it must return it. Asking 'was a default "
            "given?' with == lets the default's own __eq__ answer."
        ) from failure


@pytest.mark.checklist("execution_model.is_vs_eq")
def test_lookup_returns_any_default_it_is_given():
    assert _lookup({"a": 1}, "a") == 1
    assert _lookup({}, "a", None) is None
    assert _lookup({}, "a", 0) == 0
    assert _lookup({}, "a", mock.ANY) is mock.ANY, (
        "mock.ANY says it equals everything, the sentinel included; it is still a default to return"
    )
    kata_raises(KeyError, lookup, {}, "a")


@pytest.mark.checklist("execution_model.is_vs_eq")
def test_lookup_accepts_an_array_as_default():
    array = Array()
    assert _lookup({"a": 0}, "a", array) == 0, "a present key wins over any default"
    assert _lookup({}, "a", array) is array, (
        "an array-like default (== compares element-wise and refuses to be a bool, as in numpy) "
        "must come back as it is"
    )


@pytest.mark.checklist("execution_model.is_vs_eq")
def test_index_of_finds_an_equal_list():
    rows = [[1, 2], [3, 4]]
    assert_returns(call_kata(index_of, rows, rows[1]), 1, "index_of(rows, rows[1])")
    assert (returned := call_kata(index_of, rows, [3, 4])) == 1, (
        "[3, 4] is equal to rows[1] but is another list object: index_of must compare values, not identities"
    )
    assert_returns(returned, 1, "index_of(rows, [3, 4])")
    assert_returns(call_kata(index_of, rows, [5]), -1, "index_of(rows, [5])")


@pytest.mark.checklist("execution_model.is_vs_eq")
def test_index_of_finds_equal_numbers_of_other_types():
    prices = [10, 0.5, 2]
    assert (returned := call_kata(index_of, prices, Fraction(1, 2))) == 1, "Fraction(1, 2) == 0.5, so it is found at 1"
    assert_returns(returned, 1, "index_of(prices, Fraction(1, 2))")
    assert (returned := call_kata(index_of, prices, 2.0)) == 2, (
        "2.0 == 2 is True though a float and an int can never be the same object"
    )
    assert_returns(returned, 2, "index_of(prices, 2.0)")


@pytest.mark.checklist("execution_model.is_vs_eq")
def test_remove_listener_removes_that_very_object():
    first, second = Listener("audit"), Listener("audit")
    listeners = [first, second]
    assert call_kata(remove_listener, listeners, second) is None
    assert len(listeners) == 1 and listeners[0] is first, (
        "remove_listener removed the first *equal* listener, not the one it was given: `in` and "
        "list.remove() compare with =="
    )


@pytest.mark.checklist("execution_model.is_vs_eq")
def test_remove_listener_ignores_an_equal_stranger():
    registered = Listener("audit")
    listeners = [registered]
    call_kata(remove_listener, listeners, Listener("audit"))
    assert listeners == [registered] and listeners[0] is registered, (
        "an equal listener that was never registered must not unregister the one that was"
    )
