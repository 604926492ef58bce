"""Tests for unbound_local.py: a name assigned anywhere in a function is local everywhere in it."""

import pytest

import unbound_local
from dojo.testing import assert_returns, call_kata
from unbound_local import clamp_all, make_accumulator, newest_release


@pytest.mark.checklist("scope.legb")
def test_accumulator_keeps_a_running_total():
    add = call_kata(make_accumulator)
    assert_returns([call_kata(add, amount) for amount in (5, 10, -3)], [5, 15, 12], "the results")


@pytest.mark.checklist("scope.legb")
def test_accumulators_are_independent():
    first, second = call_kata(make_accumulator), call_kata(make_accumulator)
    call_kata(first, 100)
    assert (returned := call_kata(second, 1)) == 1, "each accumulator needs its own total, not one shared global"
    assert_returns(returned, 1, "second(1)")


@pytest.mark.checklist("scope.legb")
def test_clamp_all_uses_the_module_limit():
    assert_returns(call_kata(clamp_all, [5, 150, 100, 101]), [5, 100, 100, 100], "clamp_all([5, 150, 100, 101])")


@pytest.mark.checklist("scope.legb")
def test_clamp_all_takes_a_lower_ceiling_without_changing_limit():
    assert_returns(call_kata(clamp_all, [-50, 70, 20]), [50, 20], "clamp_all([-50, 70, 20])")
    assert unbound_local.LIMIT == 100, "clamp_all must not rebind the module's LIMIT"
    assert (returned := call_kata(clamp_all, [150])) == [100], "a ceiling passed once must not stick for later calls"
    assert_returns(returned, [100], "clamp_all([150])")


@pytest.mark.checklist("scope.legb")
def test_newest_release_of_no_releases_is_none():
    assert call_kata(newest_release, []) is None, "no releases at all: the answer is None, not an error"


@pytest.mark.checklist("scope.legb")
def test_newest_release_skips_pre_releases():
    assert call_kata(newest_release, ["2.0rc1", "2.0rc2"]) is None, "only pre-releases: the answer is None"
    assert_returns(call_kata(newest_release, ["1.0", "1.1rc1", "1.1", "1.2rc1"]), "1.1", "newest_release(['1.0', '1.1rc1', '1.1', '1.2rc1'])")


@pytest.mark.checklist("scope.legb")
def test_clamp_all_marks_a_ceiling_only_with_a_negative_first_value():
    assert (returned := call_kata(clamp_all, [0, 150])) == [0, 100], (
        "a first value of 0 is a value like any other, not a ceiling marker: only a negative sign marks one"
    )
    assert_returns(returned, [0, 100], "clamp_all([0, 150])")
    assert (returned := call_kata(clamp_all, [])) == [], "no values: nothing to clamp"
    assert_returns(returned, [], "clamp_all([])")
