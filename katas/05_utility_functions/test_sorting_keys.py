"""Tests for sorting_keys.py: key= decides the order, reverse= keeps ties stable, several keys in one tuple."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dojo.properties import kata_properties
from dojo.testing import assert_returns, call_kata
from sorting_keys import by_length, by_version, leaderboard, newest_first


@pytest.mark.checklist("utility_functions.sorted_key")
def test_by_length_keeps_words_of_one_length_in_order():
    words = ["kiwi", "fig", "pear", "yam", "apple", "date"]
    got = call_kata(by_length, words)
    assert got == ["fig", "yam", "kiwi", "pear", "date", "apple"], (
        "shortest first, and words of one length in the order they came: sorted() is stable, so a key of "
        "the length alone is enough; a second key would reorder the ties"
    )
    assert_returns(got, ["fig", "yam", "kiwi", "pear", "date", "apple"], "by_length(words)")
    assert words == ["kiwi", "fig", "pear", "yam", "apple", "date"], "by_length must not sort its argument in place"


@kata_properties
@given(st.lists(st.text(alphabet="abc", max_size=4), max_size=12))
def sorts_any_words_stably(words):
    result = call_kata(by_length, list(words))
    assert sorted(result) == sorted(words), "the result must hold exactly the same words"
    lengths = [len(word) for word in result]
    assert lengths == sorted(lengths), f"lengths must never decrease along the result: {lengths}"
    for size in set(lengths):
        assert [w for w in result if len(w) == size] == [w for w in words if len(w) == size], (
            f"words of length {size} must keep the order they had in the input"
        )


@pytest.mark.checklist("utility_functions.sorted_key")
def test_by_length_sorts_stably_for_any_words():
    call_kata(by_length, ["bb", "a"])  # an unfinished stub fails here, before Hypothesis generates examples
    sorts_any_words_stably()


@pytest.mark.checklist("utility_functions.sorted_key")
def test_newest_first_keeps_the_order_within_a_day():
    events = [(1, "deploy"), (3, "alert"), (1, "rollback"), (3, "fix"), (2, "review")]
    got = call_kata(newest_first, events)
    assert got == [(3, "alert"), (3, "fix"), (2, "review"), (1, "deploy"), (1, "rollback")], (
        "latest day first, and the events of one day in their original order: reverse=True keeps the sort "
        "stable, while reversing a sorted list also reverses every tie"
    )
    assert_returns(got, [(3, "alert"), (3, "fix"), (2, "review"), (1, "deploy"), (1, "rollback")], "newest_first(events)")


@pytest.mark.checklist("utility_functions.sorted_key")
def test_leaderboard_breaks_ties_by_name():
    players = [("mia", 20), ("ann", 35), ("zoe", 35), ("bob", 20), ("cy", 5)]
    got = call_kata(leaderboard, players)
    assert got == [("ann", 35), ("zoe", 35), ("bob", 20), ("mia", 20), ("cy", 5)], (
        "highest score first; equal scores by name from A to Z, whatever order the input had"
    )
    assert_returns(got, [("ann", 35), ("zoe", 35), ("bob", 20), ("mia", 20), ("cy", 5)], "leaderboard(players)")


@kata_properties
@given(st.lists(st.tuples(st.sampled_from(["ann", "bob", "cy", "dee"]), st.integers(0, 3)), max_size=12))
def orders_any_players(players):
    result = call_kata(leaderboard, list(players))
    assert sorted(result) == sorted(players), "the result must hold exactly the same players"
    for before, after in zip(result, result[1:]):
        assert before[1] > after[1] or (before[1] == after[1] and before[0] <= after[0]), (
            f"{before} comes before {after}: higher scores first, equal scores by name A to Z"
        )


@pytest.mark.checklist("utility_functions.sorted_key")
def test_leaderboard_orders_any_players():
    call_kata(leaderboard, [("bob", 1), ("ann", 2)])  # an unfinished stub fails here, before Hypothesis starts
    orders_any_players()


@pytest.mark.checklist("utility_functions.sorted_key")
def test_by_version_compares_numbers_not_text():
    versions = ["1.10.0", "1.2.1", "1.9", "0.12", "1.2"]
    got = call_kata(by_version, versions)
    assert got == ["0.12", "1.2", "1.2.1", "1.9", "1.10.0"], (
        "compare versions part by part as numbers: as text, '1.10' sorts before '1.9' because '1' < '9'"
    )
    assert_returns(got, ["0.12", "1.2", "1.2.1", "1.9", "1.10.0"], "by_version(versions)")
    assert_returns(call_kata(by_version, ["2.0", "10.0", "9.99"]), ["2.0", "9.99", "10.0"], 'by_version(["2.0", "10.0", "9.99"])')
