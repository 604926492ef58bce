"""Tests for set_algebra.py: the operators, checked on examples and on generated sets; membership counted."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dojo.properties import kata_properties
from dojo.testing import assert_returns, call_kata
from set_algebra import all_tags, can_run, changed_settings, first_repeat, missing_permissions, mutual_friends

OPERATIONS_PER_ITEM = 6  # a set lookup hashes once and rarely compares; a scan of a list compares with every item

small_sets = st.frozensets(st.integers(0, 9), max_size=8).map(set)


@pytest.mark.checklist("sets.membership_algebra")
def test_missing_permissions():
    assert_returns(
        call_kata(missing_permissions, {"read", "write", "admin"}, {"read", "audit"}), {"write", "admin"}, "missing_permissions(...)"
    )
    got = call_kata(missing_permissions, {"read"}, {"read", "write"})
    assert got == set(), "nothing missing: an empty set"
    assert_returns(got, set(), 'missing_permissions({"read"}, {"read", "write"})')


@pytest.mark.checklist("sets.membership_algebra")
def test_mutual_friends():
    assert_returns(
        call_kata(mutual_friends, {"ann", "bo", "cy"}, {"cy", "ann", "dee"}),
        {"ann", "cy"},
        'mutual_friends({"ann", "bo", "cy"}, {"cy", "ann", "dee"})',
    )
    assert_returns(call_kata(mutual_friends, {"ann"}, set()), set(), 'mutual_friends({"ann"}, set())')


@pytest.mark.checklist("sets.membership_algebra")
def test_changed_settings():
    before, after = {"dark_mode", "beta", "sync"}, {"sync", "alerts"}
    got = call_kata(changed_settings, before, after)
    assert got == {"dark_mode", "beta", "alerts"}, "switched off: dark_mode and beta; switched on: alerts; sync did not change"
    assert_returns(got, {"dark_mode", "beta", "alerts"}, "changed_settings(before, after)")


@pytest.mark.checklist("sets.membership_algebra")
def test_can_run():
    assert call_kata(can_run, {"read", "write", "admin"}, {"read", "write"}) is True
    assert call_kata(can_run, {"read", "write"}, {"read", "write"}) is True, (
        "granted exactly what is required: a set is a subset of itself (<=), not a proper subset (<)"
    )
    assert call_kata(can_run, {"read"}, {"read", "write"}) is False
    assert call_kata(can_run, set(), set()) is True, "nothing required: it can run"


@pytest.mark.checklist("sets.membership_algebra")
def test_all_tags_of_any_number_of_sets():
    assert_returns(call_kata(all_tags, {"a", "b"}, {"b", "c"}, {"d"}), {"a", "b", "c", "d"}, 'all_tags({"a", "b"}, {"b", "c"}, {"d"})')
    assert_returns(call_kata(all_tags, {"solo"}), {"solo"}, 'all_tags({"solo"})')
    none = call_kata(all_tags)
    assert none == set() and isinstance(none, set), "all_tags() with no sets is an empty set"


@pytest.mark.checklist("sets.membership_algebra")
def test_all_tags_returns_a_new_set():
    first = {"a"}
    result = call_kata(all_tags, first, {"b"})
    result.add("new")
    assert first == {"a"}, "all_tags must return a new set, not add to (or return) one of its arguments"


@pytest.mark.checklist("sets.membership_algebra")
@kata_properties
@given(small_sets, small_sets)
@example(a={1, 2, 3}, b={3, 4})
def test_the_algebra_on_generated_sets(a, b):
    a_before, b_before = set(a), set(b)
    missing = call_kata(missing_permissions, a, b)
    assert missing <= a and missing.isdisjoint(b) and missing | (a & b) == a, (
        f"missing_permissions({a_before}, {b_before}): the required ones, minus every granted one"
    )
    got = call_kata(mutual_friends, a, b)
    assert got == {x for x in a if x in b}, f"mutual_friends({a_before}, {b_before})"
    assert_returns(got, {x for x in a if x in b}, "mutual_friends(a, b)")
    got = call_kata(changed_settings, a, b)
    assert got == (a | b) - (a & b), f"changed_settings({a_before}, {b_before})"
    assert_returns(got, (a | b) - (a & b), "changed_settings(a, b)")
    assert call_kata(can_run, a, b) is all(x in a for x in b), f"can_run({a_before}, {b_before})"
    assert a == a_before and b == b_before, (
        f"after calling the functions with {a_before} and {b_before}, the arguments changed: use the operators "
        "that return new sets (-, &, ^), not the in-place ones (-=, &=, ^=)"
    )


@pytest.mark.checklist("sets.membership_algebra")
def test_first_repeat():
    got = call_kata(first_repeat, [3, 1, 4, 1, 3])
    assert got == 1, "the second 1 (index 3) comes before the second 3"
    assert_returns(got, 1, "first_repeat([3, 1, 4, 1, 3])")
    assert call_kata(first_repeat, ["a", "b", "c"]) is None, "no repeat: None"
    got = call_kata(first_repeat, [0, 0])
    assert got == 0, "the item 0 is falsy but is still the answer"
    assert_returns(got, 0, "first_repeat([0, 0])")
    assert call_kata(first_repeat, []) is None


class Tally:
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


@pytest.mark.checklist("sets.membership_algebra")
@pytest.mark.parametrize("n", [100, 400])
def test_first_repeat_does_linear_work(n):
    tally = Tally()
    items = [Item(v, tally) for v in range(n)] + [Item(n - 1, tally)]
    result = call_kata(first_repeat, items)
    assert isinstance(result, Item) and result.value == n - 1, f"the only repeat is the last item, Item({n - 1})"
    bound = OPERATIONS_PER_ITEM * n
    assert tally.count <= bound, (
        f"first_repeat on {n + 1} items hashed or compared items {tally.count} times; linear work is at most "
        f"{bound}. Looking each item up in a list (or a slice) of the earlier ones is n * n work; a set "
        "lookup is average O(1)"
    )


@pytest.mark.checklist("sets.membership_algebra")
@pytest.mark.parametrize("many", [1_000, 4_000])
def test_mutual_friends_works_in_the_size_of_the_smaller_set(many):
    tally = Tally()
    crowd = {Item(v, tally) for v in range(many)}
    close = {Item(v, tally) for v in range(0, 40, 2)} | {Item(-v, tally) for v in range(1, 11)}
    tally.count = 0
    for first, second in ((crowd, close), (close, crowd)):
        result = call_kata(mutual_friends, first, second)
        assert {item.value for item in result} == set(range(0, 40, 2)), "the mutual friends are the 20 even values below 40"
    bound = OPERATIONS_PER_ITEM * 2 * len(close)
    assert tally.count <= bound, (
        f"mutual_friends of a set of {len(close)} and a set of {many}, in both orders, hashed or compared items "
        f"{tally.count} times; work in proportion to the smaller set is at most {bound}. An intersection never "
        "needs to look at every element of the bigger set"
    )


@pytest.mark.checklist("sets.membership_algebra")
@pytest.mark.parametrize("many", [1_000, 4_000])
def test_missing_permissions_works_in_the_size_of_required(many):
    tally = Tally()
    granted = {Item(v, tally) for v in range(many)}
    required = {Item(v, tally) for v in range(0, 40, 2)} | {Item(-v, tally) for v in range(1, 11)}
    tally.count = 0
    result = call_kata(missing_permissions, required, granted)
    assert {item.value for item in result} == set(range(-10, 0)), "the missing permissions are the 10 negative values"
    bound = OPERATIONS_PER_ITEM * len(required)
    assert tally.count <= bound, (
        f"missing_permissions of a set of {len(required)} required and a set of {many} granted hashed or compared "
        f"items {tally.count} times; work in proportion to the required set is at most {bound}. A difference "
        "a - b looks each element of a up in b: it never needs to walk b"
    )
