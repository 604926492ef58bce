"""Tests for dict_grouping.py: defaultdict calls its factory for missing keys only; Counter ranks counts."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dict_grouping import group_by, top_words
from dojo.properties import kata_properties
from dojo.testing import assert_returns, call_kata

CHECK = pytest.mark.checklist("dictionaries.helpers")
WORK_PER_ITEM = 10  # hashes and comparisons of group keys per item that a dict-backed grouping stays within


class CountingFactory:
    """A factory of lists that counts how often it was called."""

    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return []


class Key:
    """A group key that counts how often it is hashed or compared with ==."""

    work = 0

    def __init__(self, value):
        self.value = value

    def __hash__(self):
        Key.work += 1
        return hash(self.value)

    def __eq__(self, other):
        Key.work += 1
        return isinstance(other, Key) and self.value == other.value

    def __repr__(self):
        return f"Key({self.value!r})"


def _factory_calls_message(groups: int, calls: int) -> str:
    return (
        f"{groups} group{'s' if groups != 1 else ''} need{'' if groups != 1 else 's'} {groups} "
        f"container{'s' if groups != 1 else ''}, but the factory was called {calls} times: "
        "`d.setdefault(k, factory())` calls factory() for every item, before it looks at the key"
    )


@CHECK
def test_group_by_keeps_groups_and_items_in_order():
    words = ["apple", "bob", "avocado", "cherry", "banana", "apricot"]
    factory = CountingFactory()
    groups = call_kata(group_by, words, lambda word: word[0], factory)
    assert_returns(
        groups,
        {"a": ["apple", "avocado", "apricot"], "b": ["bob", "banana"], "c": ["cherry"]},
        "group_by(words, lambda word: word[0], factory)",
    )
    assert list(groups) == ["a", "b", "c"], "groups come in the order their first item was seen"
    assert factory.calls == 3, _factory_calls_message(3, factory.calls)


@CHECK
def test_group_by_calls_the_factory_once_per_group():
    factory = CountingFactory()
    groups = call_kata(group_by, range(20), lambda n: n % 3, factory)
    assert_returns(
        groups,
        {0: [0, 3, 6, 9, 12, 15, 18], 1: [1, 4, 7, 10, 13, 16, 19], 2: [2, 5, 8, 11, 14, 17]},
        "group_by(range(20), lambda n: n % 3, factory)",
    )
    assert factory.calls == 3, _factory_calls_message(3, factory.calls)
    nothing = CountingFactory()
    assert call_kata(group_by, [], len, nothing) == {} and nothing.calls == 0, "no items: no groups, no containers"


@CHECK
def test_group_by_uses_the_factorys_containers():
    made = []

    class Bag:
        def __init__(self):
            self.things = []
            made.append(self)

        def append(self, thing):
            self.things.append(thing)

    groups = call_kata(group_by, ["x", "yy", "z", "ww"], len, Bag)
    assert {size: type(bag).__name__ for size, bag in groups.items()} == {1: "Bag", 2: "Bag"}, "each group's container comes from factory()"
    assert groups[1].things == ["x", "z"] and groups[2].things == ["yy", "ww"]
    assert len(made) == 2, _factory_calls_message(2, len(made))


@CHECK
def test_reading_a_missing_group_adds_nothing():
    factory = CountingFactory()
    groups = call_kata(group_by, ["ant", "bee", "bat"], lambda word: word[0], factory)
    assert factory.calls == 2, _factory_calls_message(2, factory.calls)
    with pytest.raises(KeyError):
        groups["z"]
    assert list(groups) == ["a", "b"], (
        "reading a missing group added it: a defaultdict returned to callers creates a key on every "
        "lookup. Return a plain dict, e.g. dict(groups)"
    )


@CHECK
def test_group_by_does_constant_work_per_item():
    for size in (200, 2000):
        items = [Key(n % (size // 4)) for n in range(size)]
        factory = CountingFactory()
        Key.work = 0
        groups = call_kata(group_by, items, lambda item: Key(item.value), factory)
        assert len(groups) == size // 4, f"{size} items with {size // 4} distinct keys make {size // 4} groups"
        bound = WORK_PER_ITEM * size
        assert Key.work <= bound, (
            f"grouping {size} items hashed or compared keys {Key.work} times; a dict finds each group in "
            f"average O(1), within {bound} ({WORK_PER_ITEM} per item). Searching the groups one by one grows "
            "with the number of groups"
        )
        assert factory.calls == len(groups), _factory_calls_message(len(groups), factory.calls)


@kata_properties
@given(st.lists(st.integers(-20, 20), max_size=15), st.sampled_from([3, 4, 7]))
def _partitions_the_items_in_order(numbers, modulus):
    factory = CountingFactory()
    groups = call_kata(group_by, numbers, lambda n: n % modulus, factory)
    assert factory.calls == len(groups), "one factory call per group"
    first_seen = list(dict.fromkeys(n % modulus for n in numbers))
    assert list(groups) == first_seen, "groups come in the order their first item was seen"
    for group, members in groups.items():
        assert members == [n for n in numbers if n % modulus == group], f"group {group} holds its items, in order"


@CHECK
def test_any_items_are_grouped_in_order():
    """Generated numbers grouped by remainder: every item in its own group, in order; one container per group."""
    factory = CountingFactory()
    call_kata(group_by, [1, 1], str, factory)  # an untouched stub fails here, before Hypothesis starts searching
    assert factory.calls == 1, _factory_calls_message(1, factory.calls)
    _partitions_the_items_in_order()


@CHECK
def test_top_words_ranks_by_count():
    words = "the cat and the dog and the bird".split()
    got = call_kata(top_words, words, 2)
    assert got == [("the", 3), ("and", 2)], "the is seen 3 times, and twice"
    assert_returns(got, [("the", 3), ("and", 2)], "top_words(words, 2)")


@CHECK
def test_top_words_breaks_ties_by_first_appearance():
    words = ["pear", "fig", "kiwi", "fig", "pear", "kiwi", "plum"]
    got = call_kata(top_words, words, 3)
    assert got == [("pear", 2), ("fig", 2), ("kiwi", 2)], (
        "pear, fig and kiwi are each seen twice: equal counts keep the order in which the words were first seen"
    )
    assert_returns(got, [("pear", 2), ("fig", 2), ("kiwi", 2)], "top_words(words, 3)")
    got = call_kata(top_words, iter(words), 10)
    assert got == [("pear", 2), ("fig", 2), ("kiwi", 2), ("plum", 1)], (
        "asking for more words than there are gives all of them; words may be any iterable"
    )
    assert_returns(got, [("pear", 2), ("fig", 2), ("kiwi", 2), ("plum", 1)], "top_words(iter(words), 10)")
    got = call_kata(top_words, words, 0)
    assert got == [], "the top 0 words are none"
    assert_returns(got, [], "top_words(words, 0)")
