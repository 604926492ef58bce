"""Tests for mutator_returns.py: in-place methods return None; sorted() returns a new list."""

import pytest

from dojo.testing import assert_returns, call_kata
from mutator_returns import add_tag, ranked, sort_names


@pytest.mark.checklist("lists.sort_vs_sorted")
def test_add_tag_returns_the_callers_list():
    tags = ["python"]
    result = call_kata(add_tag, tags, "lists")
    assert result is tags, f"add_tag returned {result!r}, not the caller's list: what does list.append return?"
    assert tags == ["python", "lists"], "the caller's list should end with the new tag"


@pytest.mark.checklist("lists.sort_vs_sorted")
def test_add_tag_calls_chain():
    tags = []
    inner = call_kata(add_tag, tags, "a")
    assert isinstance(inner, list), f"add_tag(tags, 'a') returned {inner!r}: add_tag(add_tag(tags, 'a'), 'b') needs the list back to chain"
    call_kata(add_tag, inner, "b")
    assert tags == ["a", "b"], "add_tag(add_tag(tags, 'a'), 'b') should leave tags == ['a', 'b']"


@pytest.mark.checklist("lists.sort_vs_sorted")
def test_ranked_returns_the_scores_highest_first():
    got = call_kata(ranked, [70, 95, 81, 95])
    assert got == [95, 95, 81, 70], "ranked should return a list, highest score first; list.sort() returns None"
    assert_returns(got, [95, 95, 81, 70], "ranked([70, 95, 81, 95])")


@pytest.mark.checklist("lists.sort_vs_sorted")
def test_ranked_leaves_the_callers_list_alone():
    scores = [70, 95, 81]
    result = call_kata(ranked, scores)
    assert scores == [70, 95, 81], (
        f"the caller's list became {scores}: ranked must not reorder it. sort() works in place; "
        "one builtin returns a new sorted list instead"
    )
    assert result is not scores, "ranked should return a new list, not the caller's"


@pytest.mark.checklist("lists.sort_vs_sorted")
def test_sort_names_sorts_the_callers_list_ignoring_case():
    names = ["bob", "Carol", "ada", "Dave"]
    alias = names
    call_kata(sort_names, names)
    assert alias == ["ada", "bob", "Carol", "Dave"], (
        f"the caller's list is {alias}: sort_names must reorder that very list (binding a new "
        "sorted list to the parameter changes nothing for the caller), comparing names without case"
    )
