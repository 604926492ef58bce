"""Tests for membership_cost.py: the answers are right, and the work is counted, not timed."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dojo.properties import kata_properties
from dojo.testing import assert_returns, call_kata
from membership_cost import shared_items, unique_in_order

OPERATIONS_PER_ITEM = 8  # a linear answer hashes or compares each item a few times; n * m is far more


class Tally:
    """How many times the items of one test were hashed or compared with ==."""

    def __init__(self):
        self.count = 0


class Item:
    """A hashable item that counts every __hash__ and __eq__ call made on it."""

    __slots__ = ("value", "tally")

    def __init__(self, value, tally):
        self.value, self.tally = value, tally

    def __hash__(self):
        self.tally.count += 1
        return hash(self.value)

    def __eq__(self, other):
        self.tally.count += 1
        return isinstance(other, Item) and self.value == other.value

    def __repr__(self):
        return f"Item({self.value!r})"


def counted_shared_items(n):
    tally = Tally()
    first = [Item(v, tally) for v in range(n)]
    second = [Item(v, tally) for v in range(n // 2, n + n // 2)]
    result = call_kata(shared_items, first, second)
    assert [item.value for item in result] == list(range(n // 2, n)), "shared_items gave the wrong items"
    return tally.count


def counted_unique_in_order(n):
    tally = Tally()
    items = [Item(v % (n // 2), tally) for v in range(n)]
    result = call_kata(unique_in_order, items)
    assert [item.value for item in result] == list(range(n // 2)), "unique_in_order gave the wrong items"
    return tally.count


@pytest.mark.checklist("lists.operation_cost")
def test_shared_items_keeps_firsts_order_and_repeats():
    assert_returns(call_kata(shared_items, [3, 1, 2, 3], [2, 3]), [3, 2, 3], "shared_items([3, 1, 2, 3], [2, 3])")
    got = call_kata(shared_items, ["x", "y"], [])
    assert got == [], "nothing is shared with an empty list"
    assert_returns(got, [], 'shared_items(["x", "y"], [])')


@pytest.mark.checklist("lists.operation_cost")
@pytest.mark.parametrize("n", [100, 400])
def test_shared_items_does_linear_work(n):
    count = counted_shared_items(n)
    bound = OPERATIONS_PER_ITEM * 2 * n
    assert count <= bound, (
        f"shared_items on two lists of {n} items hashed or compared items {count} times; linear work is at "
        f"most {bound}. Each `x in some_list` compares x with the list's items one by one"
    )


@pytest.mark.checklist("lists.operation_cost")
def test_unique_in_order_keeps_first_occurrences():
    assert_returns(call_kata(unique_in_order, ["b", "a", "b", "c", "a"]), ["b", "a", "c"], 'unique_in_order(["b", "a", "b", "c", "a"])')
    got = call_kata(unique_in_order, [30, 10, 30, 20])
    assert got == [30, 10, 20], "the first occurrence of each item, in input order: a set does not keep that order"
    assert_returns(got, [30, 10, 20], "unique_in_order([30, 10, 30, 20])")


@pytest.mark.checklist("lists.operation_cost")
@kata_properties
@given(
    st.lists(st.integers(0, 6), max_size=12),
    st.lists(st.integers(0, 6), max_size=12),
    st.lists(st.integers(-3, 40), max_size=15),
)
@example(first=[3, 1, 2, 3], second=[2, 3], items=[30, 10, 30, 20])
def test_properties_on_generated_lists(first, second, items):
    result = call_kata(shared_items, list(first), list(second))
    assert result == [x for x in first if x in second], (
        f"shared_items({first}, {second}): every item of first that is in second, in first's order, repeats kept"
    )
    assert_returns(result, [x for x in first if x in second], "unique_in_order(list(items))")
    result = call_kata(unique_in_order, list(items))
    assert len(set(result)) == len(result), f"unique_in_order({items}) still holds a repeat"
    assert set(result) == set(items), f"unique_in_order({items}) must keep one of every item and add none"
    positions = [items.index(x) for x in result]
    assert positions == sorted(positions), f"unique_in_order({items}): the items must come in the order of their first occurrence"


@pytest.mark.checklist("lists.operation_cost")
@pytest.mark.parametrize("n", [100, 400])
def test_unique_in_order_does_linear_work(n):
    count = counted_unique_in_order(n)
    bound = OPERATIONS_PER_ITEM * n
    assert count <= bound, (
        f"unique_in_order on {n} items hashed or compared items {count} times; linear work is at most {bound}. "
        "Checking each item against a list of those seen (or with items.index) is n * n work"
    )
