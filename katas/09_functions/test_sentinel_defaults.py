"""Tests for sentinel_defaults.py: default expressions run once; a sentinel tells "not passed" from every value."""

import pytest

import sentinel_defaults
from dojo.testing import assert_returns, call_kata, kata_raises
from sentinel_defaults import setting, stamp


@pytest.fixture
def readings(monkeypatch):
    """Replace the module's clock with a fake that returns 1001.0, 1002.0, ... and records each reading."""
    taken = []

    def fake_clock():
        taken.append(1000.0 + len(taken) + 1)
        return taken[-1]

    monkeypatch.setattr(sentinel_defaults, "clock", fake_clock)
    return taken


@pytest.mark.checklist("functions.mutable_defaults")
def test_stamp_reads_the_clock_at_each_call(readings):
    first = call_kata(stamp, "started")
    second = call_kata(stamp, "finished")
    assert (first, second) == ((1001.0, "started"), (1002.0, "finished")), (
        f"got {first!r} and {second!r}: each call without `at` must read clock() when it runs. "
        "A default expression is evaluated once, when `def` runs (look at stamp.__defaults__)"
    )
    assert readings == [1001.0, 1002.0], "stamp should read the clock exactly once per call"


@pytest.mark.checklist("functions.mutable_defaults")
def test_a_time_the_caller_gives_wins_even_zero(readings):
    assert (returned := call_kata(stamp, "epoch", at=0)) == (0, "epoch"), (
        "at=0 is a real time the caller chose: only a missing `at` means 'read the clock'"
    )
    assert_returns(returned, (0, "epoch"), "stamp('epoch', at=0)")
    assert readings == [], "with a time given, stamp must not read the clock"
    assert (returned := call_kata(stamp, "later")) == (1001.0, "later"), "without `at`, stamp reads the clock at the call"
    assert_returns(returned, (1001.0, "later"), "stamp('later')")


@pytest.mark.checklist("functions.mutable_defaults")
def test_setting_returns_what_is_there_or_the_default_given():
    settings = {"debug": False, "name": "api"}
    assert call_kata(setting, settings, "debug", True) is False, "a setting that exists wins over the default"
    assert (returned := call_kata(setting, settings, "port", 8080)) == 8080, "a missing setting gives the default the caller passed"
    assert_returns(returned, 8080, "setting(settings, 'port', 8080)")
    assert call_kata(setting, settings, "owner", None) is None, (
        "the caller passed None as the default, so a missing name gives None: "
        "None is a value a caller may pass, so it cannot also mean 'no default given'"
    )


@pytest.mark.checklist("functions.mutable_defaults")
def test_setting_without_a_default_raises_key_error():
    error = kata_raises(KeyError, setting, {"debug": False}, "port")
    assert error.args == ("port",), "raise KeyError with the missing name, like dict lookup does"
    assert call_kata(setting, {"debug": False}, "debug") is False, "a setting that exists needs no default"


@pytest.mark.checklist("functions.mutable_defaults")
def test_setting_stored_as_none_is_there():
    settings = {"owner": None}
    assert call_kata(setting, settings, "owner", "nobody") is None, (
        "the owner setting exists and holds None: return it. Only a missing name gives the default; "
        "settings.get(name) cannot tell 'missing' from 'stored as None'"
    )
    assert call_kata(setting, settings, "owner") is None, "an existing setting needs no default, whatever its value"
