"""Tests for dict_order.py: insertion order is kept, == ignores it, and fromkeys shares its value."""

from collections import OrderedDict

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dict_order import by_last_visit, empty_buckets, same_sequence
from dojo.properties import kata_properties
from dojo.testing import assert_returns, call_kata


@pytest.mark.checklist("dictionaries.insertion_order")
def test_each_bucket_has_its_own_list():
    buckets = call_kata(empty_buckets, ["inbox", "spam", "archive"])
    assert buckets == {"inbox": [], "spam": [], "archive": []} and list(buckets) == ["inbox", "spam", "archive"]
    buckets["inbox"].append("hello")
    assert buckets["spam"] == [] and buckets["archive"] == [], (
        "appending to one bucket filled them all: dict.fromkeys(names, value) stores that one value object "
        "under every key. Each bucket needs a new list"
    )


@pytest.mark.checklist("dictionaries.insertion_order")
def test_buckets_from_any_iterable_with_repeats():
    buckets = call_kata(empty_buckets, iter(["b", "a", "b"]))
    assert list(buckets) == ["b", "a"], "a repeated name is one bucket, in the place it was first seen"
    buckets["a"].append(1)
    assert buckets["b"] == [], "each bucket has a list of its own"


@pytest.mark.checklist("dictionaries.insertion_order")
def test_same_pairs_in_another_order_are_not_the_same_sequence():
    first, second = {"a": 1, "b": 2}, {"b": 2, "a": 1}
    assert first == second, "the two dicts are equal: dict == ignores order"
    assert call_kata(same_sequence, first, second) is False, "same_sequence must also compare the order, which dict == ignores"
    assert call_kata(same_sequence, first, {"a": 1, "b": 2}) is True, "same pairs in the same order"


@pytest.mark.checklist("dictionaries.insertion_order")
def test_same_sequence_with_ordered_dicts_and_values():
    ordered = OrderedDict([("x", 1), ("y", 2)])
    assert call_kata(same_sequence, ordered, {"y": 2, "x": 1}) is False, (
        "an OrderedDict compared with a plain dict ignores order too: OrderedDict's == checks order only against another OrderedDict"
    )
    assert call_kata(same_sequence, {"x": 1, "y": 2}, {"x": 1, "y": 3}) is False, "equal keys, different values"
    assert call_kata(same_sequence, {"x": 1}, {"x": 1, "y": 2}) is False, "one dict has an extra key"
    assert call_kata(same_sequence, {}, OrderedDict()) is True, "two empty mappings are the same sequence"


@pytest.mark.checklist("dictionaries.insertion_order")
def test_pages_by_last_visit():
    visits = ["home", "about", "home", "blog", "about"]
    got = call_kata(by_last_visit, visits)
    assert got == ["home", "blog", "about"], (
        "home was last visited third, blog fourth, about fifth. Assigning to a key already in a dict keeps "
        "its first place; to move it to the end, delete it and insert it again"
    )
    assert_returns(got, ["home", "blog", "about"], "by_last_visit(visits)")
    got = call_kata(by_last_visit, [])
    assert got == [], "no visits, no pages"
    assert_returns(got, [], "by_last_visit([])")


@kata_properties
@given(st.lists(st.sampled_from(["home", "blog", "about", "shop", "faq"]), max_size=12))
def _orders_pages_by_their_last_visit(visits):
    pages = call_kata(by_last_visit, iter(visits))
    assert sorted(pages) == sorted(set(visits)), "every page visited appears exactly once"
    last_visit = [max(i for i, page in enumerate(visits) if page == visited) for visited in pages]
    assert last_visit == sorted(last_visit), "pages are ordered by the time of their last visit"


@pytest.mark.checklist("dictionaries.insertion_order")
def test_any_visits_are_ordered_by_last_visit():
    """Generated visit logs: each page once, ordered by its last visit."""
    got = call_kata(by_last_visit, ["a", "b", "a"])
    assert got == ["b", "a"], (  # a stub fails here, before Hypothesis
        "a was last visited after b"
    )
    assert_returns(got, ["b", "a"], 'by_last_visit(["a", "b", "a"])')
    _orders_pages_by_their_last_visit()
