"""Tests for aliasing.py: assignment and argument passing bind names; they never copy."""

import pytest

from aliasing import Team, clear_history, with_defaults
from dojo.testing import assert_returns, call_kata


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_with_defaults_leaves_the_defaults_alone():
    defaults = {"retries": 3, "verbose": False}
    merged = call_kata(with_defaults, {"verbose": True}, defaults)
    assert merged == {"retries": 3, "verbose": True}, "options override defaults; other defaults are kept"
    assert_returns(merged, {"retries": 3, "verbose": True}, "merged")
    assert defaults == {"retries": 3, "verbose": False}, (
        "with_defaults changed the caller's defaults dict: `merged = defaults` binds a second name "
        "to the same dict, so updating merged updates defaults"
    )
    assert merged is not defaults, "the result must be a new dict, not the defaults dict itself"


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_with_defaults_calls_do_not_leak_into_each_other():
    defaults = {"retries": 3}
    call_kata(with_defaults, {"retries": 0, "debug": True}, defaults)
    second = call_kata(with_defaults, {}, defaults)
    assert second == {"retries": 3}, (
        "options passed to one call showed up in a later call: the first call must have changed "
        "the shared defaults dict"
    )
    assert_returns(second, {"retries": 3}, "second")


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_clear_history_empties_the_callers_list():
    history = ["ls", "cd /tmp", "rm -rf build"]
    same_list = history
    assert call_kata(clear_history, history) is None, "clear_history changes the list in place and returns None"
    assert history == [] and same_list == [], (
        "the caller's list still holds its items: assigning to the parameter rebinds only the "
        "function's own name; empty the object both names are bound to"
    )


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_team_is_not_changed_through_the_list_it_was_made_from():
    names = ["Ada", "Grace"]
    team = call_kata(Team, names)
    names.append("Mallory")
    assert (returned := call_kata(team.members)) == ["Ada", "Grace"], (
        "appending to the caller's list changed the team: the team keeps the very list it was given"
    )
    assert_returns(returned, ["Ada", "Grace"], "team.members()")
    call_kata(team.add, "Linus")
    assert names == ["Ada", "Grace", "Mallory"], "team.add() must not change the caller's list"


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_team_is_not_changed_through_the_list_members_returns():
    team = call_kata(Team, ["Ada"])
    members = call_kata(team.members)
    members.append("Mallory")
    assert (returned := call_kata(team.members)) == ["Ada"], (
        "changing the list members() returned changed the team: it handed out its own list"
    )
    assert_returns(returned, ["Ada"], "team.members()")
    assert call_kata(team.members) is not call_kata(team.members), "each call returns a list of its own"


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_team_add_grows_the_team_itself():
    names = ["Ada"]
    team = call_kata(Team, names)
    call_kata(team.add, "Grace")
    call_kata(team.add, "Linus")
    assert (returned := call_kata(team.members)) == ["Ada", "Grace", "Linus"], (
        "after add('Grace') and add('Linus') the team should list them after Ada: add must change "
        "the team's own list (and only that one)"
    )
    assert_returns(returned, ["Ada", "Grace", "Linus"], "team.members()")
    assert names == ["Ada"], "team.add() must not change the caller's list"
