"""Tests for exact_tally.py: equal keys are one key, so telling values apart takes a better key."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dojo.properties import kata_properties
from dojo.testing import assert_returns, call_kata
from exact_tally import tally

CHECK = pytest.mark.checklist("dictionaries.equal_keys")


def _typed(pairs) -> list:
    """The pairs with each value's type name, so that 1 and True cannot pass for each other."""
    return [(type(value).__name__, value, count) for value, count in pairs]


@CHECK
def test_true_one_and_one_point_oh_are_three_values():
    result = call_kata(tally, [1, True, 1.0, 1])
    assert _typed(result) == [("int", 1, 2), ("bool", True, 1), ("float", 1.0, 1)], (
        f"tally([1, True, 1.0, 1]) should count 1 twice and True and 1.0 once each; got {result!r}. "
        "1 == 1.0 == True and their hashes are equal, so as dict keys they are one key"
    )


@CHECK
def test_false_zero_and_zero_point_oh_are_three_values():
    result = call_kata(tally, [0.0, False, 0, 0.0, "0"])
    assert _typed(result) == [("float", 0.0, 2), ("bool", False, 1), ("int", 0, 1), ("str", "0", 1)], (
        f"0.0, False, 0 and '0' are four values, in the order first seen; got {result!r}"
    )


@CHECK
def test_equal_values_of_one_type_are_one_value():
    big = 10**20
    result = call_kata(tally, ["ab", "a" + "b", big, big + 1 - 1, None, None])
    assert _typed(result) == [("str", "ab", 2), ("int", big, 2), ("NoneType", None, 2)], (
        "equal strs are one value and equal ints are one value, even when they are different objects"
    )


@CHECK
def test_order_is_first_seen_and_empty_is_empty():
    got = call_kata(tally, ["b", "a", "b", "c", "a"])
    assert got == [("b", 2), ("a", 2), ("c", 1)], "the pairs come in the order each value was first seen (dicts keep insertion order)"
    assert_returns(got, [("b", 2), ("a", 2), ("c", 1)], 'tally(["b", "a", "b", "c", "a"])')
    got = call_kata(tally, [])
    assert got == [], "no values, no pairs"
    assert_returns(got, [], "tally([])")
    got = call_kata(tally, iter([True, True]))
    assert got == [(True, 2)], "values may be any iterable"
    assert_returns(got, [(True, 2)], "tally(iter([True, True]))")


values = st.lists(st.sampled_from([0, 1, 2, True, False, 0.0, 1.0, 2.0, "1", "", None]) | st.integers(), max_size=12)


@kata_properties
@given(values)
def _counts_every_typed_value_in_first_seen_order(items):
    pairs = call_kata(tally, list(items))
    assert sum(count for _, count in pairs) == len(items), "the counts add up to the number of values"
    firsts = []
    for value, count in pairs:
        same = [i for i, item in enumerate(items) if type(item) is type(value) and item == value]
        assert same and count == len(same), f"{value!r} ({type(value).__name__}) should be counted {len(same)} times"
        firsts.append(same[0])
    assert firsts == sorted(set(firsts)), "one pair per distinct value, in the order first seen"


@CHECK
def test_any_values_are_counted_by_type_and_value():
    """Generated lists of values: every value counted with its own type, in first-seen order."""
    call_kata(tally, [1])  # an untouched stub fails here, before Hypothesis starts searching
    _counts_every_typed_value_in_first_seen_order()
