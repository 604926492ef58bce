"""Tests for group_runs.py: groupby groups neighbours, so sort by the same key first when you want all equal items."""

from collections import namedtuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dojo.properties import kata_properties
from dojo.testing import assert_returns, call_kata
from group_runs import by_initial, grouped, runs


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_by_initial_collects_words_that_are_apart():
    words = ["apple", "banana", "avocado", "cherry", "blueberry", "apricot"]
    expected = {
        "a": ["apple", "avocado", "apricot"],
        "b": ["banana", "blueberry"],
        "c": ["cherry"],
    }
    got = call_kata(by_initial, words)
    assert got == expected, (
        "every word under its initial, in the order the words came: groupby only groups neighbours, "
        "so a later group with the same key replaces the earlier one in the dict"
    )
    assert_returns(got, expected, "by_initial(words)")


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_by_initial_of_a_single_run_and_of_nothing():
    assert_returns(
        call_kata(by_initial, ["beta", "alpha", "bravo"]),
        {"b": ["beta", "bravo"], "a": ["alpha"]},
        'by_initial(["beta", "alpha", "bravo"])',
    )
    assert_returns(call_kata(by_initial, []), {}, "by_initial([])")


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_runs_keeps_runs_apart():
    got = call_kata(runs, "aaabccaa")
    assert got == [("a", 3), ("b", 1), ("c", 2), ("a", 2)], (
        "run-length encoding keeps the runs where they are: the two runs of 'a' stay two runs. Sorting first merges them"
    )
    assert_returns(got, [("a", 3), ("b", 1), ("c", 2), ("a", 2)], 'runs("aaabccaa")')
    assert_returns(call_kata(runs, []), [], "runs([])")


@kata_properties
@given(st.lists(st.integers(0, 2), max_size=15))
def decodes_back_to_any_input(values):
    encoded = call_kata(runs, list(values))
    assert [value for value, length in encoded for _ in range(length)] == values, (
        "repeating each value `length` times, in order, must give back the input"
    )
    assert all(length >= 1 for _, length in encoded), "every run has at least one item"
    assert all(a[0] != b[0] for a, b in zip(encoded, encoded[1:])), "two neighbouring runs never share a value"


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_runs_decode_back_to_the_input():
    got = call_kata(runs, [1, 0, 1])
    assert got == [(1, 1), (0, 1), (1, 1)], "three runs of one item each, in their order"
    assert_returns(got, [(1, 1), (0, 1), (1, 1)], "runs([1, 0, 1])")
    decodes_back_to_any_input()


Order = namedtuple("Order", "customer item")


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_grouped_keeps_every_record():
    orders = [Order("ann", "tea"), Order("ann", "jam"), Order("bob", "tea"), Order("cy", "pie"), Order("cy", "jam")]
    result = call_kata(grouped, orders, lambda order: order.customer)
    expected = [
        ("ann", [Order("ann", "tea"), Order("ann", "jam")]),
        ("bob", [Order("bob", "tea")]),
        ("cy", [Order("cy", "pie"), Order("cy", "jam")]),
    ]
    assert result == expected, (
        "each customer with all of their orders: a group of groupby reads from the one shared pass, so once "
        "groupby has moved on (list() of the groupby moves on to the end) the earlier groups are empty"
    )
    assert_returns(result, expected, "grouped(orders, lambda order: order.customer)")


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_grouped_reads_a_one_shot_stream():
    result = call_kata(grouped, iter([1, 3, 2, 4, 6, 5]), lambda n: n % 2)
    assert result == [(1, [1, 3]), (0, [2, 4, 6]), (1, [5])], "input sorted or not, groups are runs in order"
    assert_returns(result, [(1, [1, 3]), (0, [2, 4, 6]), (1, [5])], "grouped(iter([1, 3, 2, 4, 6, 5]), lambda n: n % 2)")
