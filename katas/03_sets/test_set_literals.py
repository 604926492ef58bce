"""Tests for set_literals.py: `{}` is a dict; `{x}` holds x; set(s) holds the items of s."""

import pytest

from dojo.testing import assert_returns, call_kata
from set_literals import empty_tags, letters_of, single_tag


@pytest.mark.checklist("sets.empty_braces")
def test_empty_tags_is_an_empty_set():
    tags = call_kata(empty_tags)
    assert not isinstance(tags, dict), "empty_tags() returned a dict: an empty pair of braces is an empty dict"
    assert isinstance(tags, set), f"empty_tags() returned a {type(tags).__name__}, not a set that tags can be added to"
    assert tags == set(), "the set should start empty"
    assert_returns(tags, set(), "empty_tags()")


@pytest.mark.checklist("sets.empty_braces")
def test_tags_can_be_added_and_each_call_gives_a_new_set():
    first, second = call_kata(empty_tags), call_kata(empty_tags)
    assert hasattr(first, "add"), f"empty_tags() returned {first!r}, which has no add(): tags are added with add()"
    first.add("python")
    assert second == set() and first is not second, "every call should return a set of its own"


def test_letters_of_holds_each_character_once():
    got = call_kata(letters_of, "noon")
    assert got == {"n", "o"}, "letters_of('noon') should be the set of its characters; braces around a string hold the whole string"
    assert_returns(got, {"n", "o"}, 'letters_of("noon")')
    got = call_kata(letters_of, "")
    assert got == set(), "an empty word has no letters"
    assert_returns(got, set(), 'letters_of("")')


def test_single_tag_holds_the_whole_string():
    tags = call_kata(single_tag, "python")
    assert tags == {"python"}, f"single_tag('python') gave a set of {len(tags)} elements: set(a_string) takes its characters out one by one"
    assert_returns(tags, {"python"}, 'single_tag("python")')
    got = call_kata(single_tag, "")
    assert got == {""}, "the empty tag is still one element"
    assert_returns(got, {""}, 'single_tag("")')
