"""Tests for inplace_or_rebind.py: `+=` mutates a list in place but rebinds a name to a new int."""

import pytest

from dojo.testing import assert_returns, call_kata
from inplace_or_rebind import Tagged, appended, bump_all


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_appended_returns_a_new_list():
    items = ["a", "b"]
    result = call_kata(appended, items, "c")
    assert_returns(result, ["a", "b", "c"], "result")
    assert items == ["a", "b"], (
        "appended changed the caller's list: `items += [item]` extends the list in place, like extend()"
    )
    assert result is not items, "the result must be a new list"


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_appended_twice_from_the_same_list():
    base = [1]
    first, second = call_kata(appended, base, 2), call_kata(appended, base, 3)
    assert (first, second) == ([1, 2], [1, 3]), (
        "appending 2 and then 3 to the same base must give [1, 2] and [1, 3]; "
        f"got {first} and {second}: both calls changed, and returned, the one base list"
    )


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_bump_all_changes_the_callers_list():
    counters = [0, 5, 41]
    same_list = counters
    assert call_kata(bump_all, counters) is None, "bump_all changes the list in place and returns None"
    assert counters == [1, 6, 42], (
        "the numbers did not change: `count += 1` makes a new int and rebinds the loop variable "
        "count to it; the list still holds the old ints"
    )
    assert same_list is counters, "the caller's name must still be bound to the same, changed list"


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_each_tagged_instance_keeps_its_own_tags():
    first = call_kata(Tagged)
    call_kata(first.tag, "urgent")
    call_kata(first.tag, "billing")
    second = call_kata(Tagged)
    assert first.hits == 2 and second.hits == 0, "each instance counts its own tag() calls"
    assert second.tags == [], (
        "a new instance already has tags: `self.tags += [label]` extended the one list that lives "
        "on the class, shared by every instance"
    )
    assert first.tags == ["urgent", "billing"]


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_tagging_never_changes_the_class():
    call_kata(call_kata(Tagged).tag, "x")
    shared = getattr(Tagged, "tags", [])
    assert shared == [], (
        f"Tagged.tags on the class is now {shared!r}: tagging one instance changed a list every "
        "instance starts from"
    )
    class_hits = getattr(Tagged, "hits", 0)  # a fix may keep hits on the class or move it into __init__
    assert class_hits == 0, (
        f"Tagged.hits on the class is now {class_hits!r}: tagging must count on the instance, never on the class"
    )


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_tag_returns_the_instance_so_calls_chain():
    other = call_kata(Tagged)
    call_kata(other.tag, "other")  # another instance, tagged first: its tags must not show up below
    item = call_kata(Tagged)
    assert call_kata(item.tag, "a") is item, "tag() must return self, the instance it was called on"
    call_kata(call_kata(item.tag, "b").tag, "c")
    assert item.hits == 3, f"three chained tag() calls on one instance count 3, not {item.hits}"
    assert item.tags == ["a", "b", "c"], (
        f"chained tag() calls all tag the same instance, and only it: its tags are {item.tags!r}"
    )
