"""Tests for stable_ranking.py: key= picks what to compare; a stable sort keeps the order of ties."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dojo.properties import kata_properties
from dojo.testing import assert_returns, call_kata
from stable_ranking import by_department, leaderboard

names = st.sampled_from(["ada", "bob", "cy", "dee", "eve", "fay"])


@pytest.mark.checklist("lists.sort_vs_sorted")
def test_leaderboard_puts_the_highest_score_first():
    players = [("cy", 40), ("ada", 90), ("bob", 65)]
    assert_returns(call_kata(leaderboard, players), [("ada", 90), ("bob", 65), ("cy", 40)], "leaderboard(players)")


@pytest.mark.checklist("lists.sort_vs_sorted")
def test_leaderboard_breaks_ties_alphabetically():
    players = [("eve", 50), ("bob", 80), ("dee", 50), ("ada", 80), ("cy", 50)]
    got = call_kata(leaderboard, players)
    assert got == [("ada", 80), ("bob", 80), ("cy", 50), ("dee", 50), ("eve", 50)], (
        "equal scores go in alphabetical order of name (A first) while scores go highest first: "
        "reverse=True reverses the whole comparison, names included"
    )
    assert_returns(got, [("ada", 80), ("bob", 80), ("cy", 50), ("dee", 50), ("eve", 50)], "leaderboard(players)")


@pytest.mark.checklist("lists.sort_vs_sorted")
def test_leaderboard_leaves_the_callers_list_alone():
    players = [("bob", 1), ("ada", 2)]
    call_kata(leaderboard, players)
    assert players == [("bob", 1), ("ada", 2)], "leaderboard must return a new list, not sort the caller's"


@pytest.mark.checklist("lists.sort_vs_sorted")
def test_by_department_keeps_seniority_within_a_department():
    staff = [("zoe", "sales"), ("ann", "dev"), ("max", "sales"), ("kim", "dev"), ("bea", "sales")]
    expected = [
        ("ann", "dev"),
        ("kim", "dev"),
        ("zoe", "sales"),
        ("max", "sales"),
        ("bea", "sales"),
    ]
    got = call_kata(by_department, staff)
    assert got == expected, (
        "within 'sales' the input order is zoe, max, bea and must stay so: compare departments only, a stable sort keeps the rest"
    )
    assert_returns(got, expected, "by_department(staff)")


@pytest.mark.checklist("lists.sort_vs_sorted")
@kata_properties
@given(
    st.lists(st.tuples(names, st.integers(min_value=0, max_value=3)), max_size=10),
    st.lists(st.tuples(names, st.sampled_from(["dev", "ops", "sales"])), max_size=10),
)
@example(players=[("bo", 2), ("ada", 2), ("cy", 3)], staff=[("zoe", "sales"), ("ann", "dev"), ("max", "sales")])
def test_both_are_sorted_permutations(players, staff):
    result = call_kata(leaderboard, list(players))
    assert sorted(result) == sorted(players), f"leaderboard({players}) must hold the same pairs, no more, no fewer"
    for (name_a, score_a), (name_b, score_b) in zip(result, result[1:]):
        assert score_a > score_b or (score_a == score_b and name_a <= name_b), (
            f"leaderboard({players}): ({name_a!r}, {score_a}) comes before ({name_b!r}, {score_b})"
        )
    original = list(staff)
    result = call_kata(by_department, staff)
    assert staff == original, "by_department must not change the caller's list"
    departments = [department for _, department in result]
    assert departments == sorted(departments), f"by_department({original}): departments out of order"
    for department in set(departments):
        assert [e for e in result if e[1] == department] == [e for e in original if e[1] == department], (
            f"by_department({original}): the employees of {department!r} must keep their input order"
        )
