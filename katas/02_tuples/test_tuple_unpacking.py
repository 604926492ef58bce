"""Tests for tuple_unpacking.py: unpacking checks the count, starred targets collect a list."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dojo.properties import kata_properties
from dojo.testing import assert_returns, call_kata, kata_raises
from tuple_unpacking import labels_right_of, parse_setting, split_command


@pytest.mark.checklist("tuples.unpacking")
def test_split_command_separates_the_first_token():
    result = call_kata(split_command, ["git", "commit", "-m", "fix"])
    assert result == ("git", ["commit", "-m", "fix"]), (
        f"the command is the first token and the arguments the list of the rest; got {result!r}"
    )
    assert_returns(result, ("git", ["commit", "-m", "fix"]), 'split_command(["git", "commit", "-m", "fix"])')


@pytest.mark.checklist("tuples.unpacking")
def test_split_command_arguments_are_always_a_list():
    result = call_kata(split_command, ("ls",))
    assert result == ("ls", []) and type(result[1]) is list, (
        f"split_command(('ls',)) should be ('ls', []); got {result!r}. A starred target always collects "
        "a list, even from a tuple and even when nothing is left; a slice keeps the input's type"
    )


@pytest.mark.checklist("tuples.unpacking")
def test_split_command_takes_any_iterable():
    result = call_kata(split_command, (word for word in "cp a.txt b.txt".split()))
    assert result == ("cp", ["a.txt", "b.txt"]), "a generator cannot be indexed or sliced, but it can be unpacked"
    assert_returns(result, ("cp", ["a.txt", "b.txt"]), 'split_command((word for word in "cp a.txt b.txt".split()))')


@pytest.mark.checklist("tuples.unpacking")
def test_split_command_of_nothing_raises_value_error():
    kata_raises(ValueError, split_command, [])
    kata_raises(ValueError, split_command, iter(()))


token_lists = st.lists(st.sampled_from(["git", "-m", "", "two words", "é"]), min_size=1, max_size=6)


@kata_properties
@given(token_lists, st.sampled_from([list, tuple, iter]))
def _keeps_every_token_in_order(tokens, container):
    command, arguments = call_kata(split_command, container(tokens))
    assert type(arguments) is list, f"the arguments should be a list, not {type(arguments).__name__}"
    assert [command, *arguments] == tokens, "the command followed by the arguments should be the tokens, in order"


@pytest.mark.checklist("tuples.unpacking")
def test_parse_setting_strips_both_sides():
    got = call_kata(parse_setting, "retries = 3")
    assert got == ("retries", "3"), "'retries = 3' is ('retries', '3')"
    assert_returns(got, ("retries", "3"), 'parse_setting("retries = 3")')
    got = call_kata(parse_setting, "name=")
    assert got == ("name", ""), "an empty value is the empty string"
    assert_returns(got, ("name", ""), 'parse_setting("name=")')


@pytest.mark.checklist("tuples.unpacking")
def test_parse_setting_keeps_equals_signs_in_the_value():
    result = call_kata(parse_setting, "url = https://example.com/?a=1&b=2")
    assert result == ("url", "https://example.com/?a=1&b=2"), (
        f"only the first '=' separates name from value; got {result!r}. `a, b = text.split('=')` raises "
        "ValueError (too many values) when the value holds '=': split at most once"
    )
    assert_returns(result, ("url", "https://example.com/?a=1&b=2"), 'parse_setting("url = https://example.com/?a=1&b=2")')


@pytest.mark.checklist("tuples.unpacking")
def test_parse_setting_without_equals_raises_value_error():
    kata_raises(ValueError, parse_setting, "verbose")
    kata_raises(ValueError, parse_setting, "")


@pytest.mark.checklist("tuples.unpacking")
def test_labels_right_of_reads_nested_pairs():
    rows = [("a", (1, 2)), ("b", (5, 0)), ("c", [3, 3]), ("d", (2, 9))]
    got = call_kata(labels_right_of, rows, 2)
    assert got == ["b", "c"], "the labels whose x is greater than 2 are b and c, in that order"
    assert_returns(got, ["b", "c"], "labels_right_of(rows, 2)")
    got = call_kata(labels_right_of, iter(rows), 10)
    assert got == [], "no x is greater than 10"
    assert_returns(got, [], "labels_right_of(iter(rows), 10)")


@pytest.mark.checklist("tuples.unpacking")
def test_labels_right_of_rejects_points_of_the_wrong_shape():
    kata_raises(ValueError, labels_right_of, [("a", (1, 2)), ("z", (9, 9, 9))], 0)
    kata_raises(ValueError, labels_right_of, [("lonely", (4,))], 0)
    kata_raises(ValueError, labels_right_of, [("a", (7, 2), "extra")], 0)


@pytest.mark.checklist("tuples.unpacking")
def test_split_command_keeps_every_token_in_order():
    """Generated token lists in lists, tuples and iterators: every token kept, in order."""
    call_kata(split_command, ["probe"])  # an untouched stub fails here, before Hypothesis starts searching
    _keeps_every_token_in_order()
