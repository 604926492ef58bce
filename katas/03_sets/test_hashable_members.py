"""Tests for hashable_members.py: tuples and frozensets are the hashable stand-ins for lists and sets."""

import pytest

from dojo.testing import call_kata
from hashable_members import count_teams, unique_routes


@pytest.mark.checklist("sets.hashable_elements")
def test_unique_routes_drops_repeated_routes():
    routes = [["home", "work"], ["home", "gym", "work"], ["home", "work"]]
    assert call_kata(unique_routes, routes) == {("home", "work"), ("home", "gym", "work")}, (
        "two distinct routes, each as a tuple: a list cannot be a set element because it has no hash"
    )


@pytest.mark.checklist("sets.hashable_elements")
def test_unique_routes_keeps_the_order_of_stops():
    routes = [["home", "work"], ["work", "home"]]
    assert call_kata(unique_routes, routes) == {("home", "work"), ("work", "home")}, (
        "home -> work and work -> home are two routes: the element must keep the order of stops"
    )


@pytest.mark.checklist("sets.hashable_elements")
def test_unique_routes_leaves_the_routes_alone():
    routes = [["a", "b"], ["a", "b"]]
    call_kata(unique_routes, routes)
    assert routes == [["a", "b"], ["a", "b"]], "unique_routes must not change the caller's routes"


@pytest.mark.checklist("sets.frozenset_key")
def test_count_teams_ignores_order_and_repeats():
    teams = [["ann", "bo"], ["bo", "ann", "bo"], ["cy"], ["ann", "cy"], ["cy", "ann"]]
    assert call_kata(count_teams, teams) == 3, (
        "three distinct teams: {ann, bo}, {cy}, {ann, cy}. A team is a set of names, and a set inside a "
        "set must be a hashable one"
    )


@pytest.mark.checklist("sets.frozenset_key")
def test_count_teams_of_no_teams():
    assert call_kata(count_teams, []) == 0
    assert call_kata(count_teams, [[], []]) == 1, "two empty teams are one (empty) team"
