"""Tests for hashable_members.py: tuples and frozensets are the hashable stand-ins for lists and sets."""

import pytest

from dojo.testing import assert_returns, call_kata
from hashable_members import count_teams, unique_routes


@pytest.mark.checklist("sets.hashable_elements")
def test_unique_routes_drops_repeated_routes():
    routes = [["home", "work"], ["home", "gym", "work"], ["home", "work"]]
    got = call_kata(unique_routes, routes)
    assert got == {("home", "work"), ("home", "gym", "work")}, (
        "two distinct routes, each as a tuple: a list cannot be a set element because it has no hash"
    )
    assert_returns(got, {("home", "work"), ("home", "gym", "work")}, "unique_routes(routes)")


@pytest.mark.checklist("sets.hashable_elements")
def test_unique_routes_keeps_the_order_of_stops():
    routes = [["home", "work"], ["work", "home"]]
    got = call_kata(unique_routes, routes)
    assert got == {("home", "work"), ("work", "home")}, (
        "home -> work and work -> home are two routes: the element must keep the order of stops"
    )
    assert_returns(got, {("home", "work"), ("work", "home")}, "unique_routes(routes)")


@pytest.mark.checklist("sets.hashable_elements")
def test_unique_routes_leaves_the_routes_alone():
    routes = [["a", "b"], ["a", "b"]]
    call_kata(unique_routes, routes)
    assert routes == [["a", "b"], ["a", "b"]], "unique_routes must not change the caller's routes"


@pytest.mark.checklist("sets.frozenset_key")
def test_count_teams_ignores_order_and_repeats():
    teams = [["ann", "bo"], ["bo", "ann", "bo"], ["cy"], ["ann", "cy"], ["cy", "ann"]]
    got = call_kata(count_teams, teams)
    assert got == 3, (
        "three distinct teams: {ann, bo}, {cy}, {ann, cy}. A team is a set of names, and a set inside a set must be a hashable one"
    )
    assert_returns(got, 3, "count_teams(teams)")


@pytest.mark.checklist("sets.frozenset_key")
def test_count_teams_of_no_teams():
    assert_returns(call_kata(count_teams, []), 0, "count_teams([])")
    got = call_kata(count_teams, [[], []])
    assert got == 1, "two empty teams are one (empty) team"
    assert_returns(got, 1, "count_teams([[], []])")
