"""Tests for unordered_results.py: results that must not depend on a set's iteration order.

Strings hash differently in every process, so a set of plain strings may iterate in a lucky
order in one run and not in the next. These tests use strings whose hashes are fixed (and
scrambled), so code that relies on set order fails every time, not now and then.
"""

import pytest

from dojo.testing import assert_returns, call_kata
from unordered_results import same_members, sorted_unique, tag_line

SCRAMBLE = {"apple": 5, "banana": 3, "cherry": 1, "damson": 7, "elder": 2, "fig": 6}


class Word(str):
    """A str with a fixed hash, so its place in a set's table is the same in every run."""

    def __hash__(self):
        return SCRAMBLE.get(str(self), 0)


def words(*texts):
    return [Word(text) for text in texts]


@pytest.mark.checklist("sets.no_order")
def test_sorted_unique_sorts_the_distinct_words():
    result = call_kata(sorted_unique, words("banana", "apple", "fig", "cherry", "apple", "elder", "damson"))
    assert result == ["apple", "banana", "cherry", "damson", "elder", "fig"], (
        "the distinct words in alphabetical order: a set has no order to keep, so sort"
    )
    assert_returns(result, words("apple", "banana", "cherry", "damson", "elder", "fig"), "sorted_unique(...)")
    assert_returns(call_kata(sorted_unique, []), [], "sorted_unique([])")


@pytest.mark.checklist("sets.no_order")
def test_tag_line_is_alphabetical():
    got = call_kata(tag_line, set(words("elder", "cherry", "apple")))
    assert got == "#apple #cherry #elder", "tags joined in alphabetical order, whatever order the set iterates in"
    assert_returns(got, "#apple #cherry #elder", 'tag_line(set(words("elder", "cherry", "apple")))')
    got = call_kata(tag_line, set())
    assert got == "", "no tags: an empty line"
    assert_returns(got, "", "tag_line(set())")


@pytest.mark.checklist("sets.no_order")
def test_same_members_ignores_order():
    assert call_kata(same_members, [8, 0], [0, 8]) is True, (
        "[8, 0] and [0, 8] hold the same items. Two equal sets can iterate in different orders: compare the "
        "sets themselves, not lists made from them"
    )
    assert call_kata(same_members, words("apple", "fig"), words("fig", "apple")) is True


@pytest.mark.checklist("sets.no_order")
def test_same_members_ignores_repeats_but_not_missing_items():
    assert call_kata(same_members, [0, 8, 0], [8, 8, 0]) is True, "repeats do not matter, nor does order"
    assert call_kata(same_members, [1, 2], [1, 2, 3]) is False, "3 is only in the second list"
    assert call_kata(same_members, [], []) is True
