"""Tests for parameter_rules.py: positional-only, /, positional-or-keyword, *args or *, keyword-only, **kwargs."""

import inspect

import pytest

from dojo.testing import assert_returns, call_kata, kata_raises
from parameter_rules import clamp, connect, log_event


def kinds(function) -> dict:
    return {name: p.kind.name for name, p in inspect.signature(function).parameters.items()}


@pytest.mark.checklist("functions.parameter_order")
def test_connect_fills_in_defaults_and_takes_port_either_way():
    expected = {"host": "db", "port": 5432, "timeout": 10.0, "retries": 3}
    assert (returned := call_kata(connect, "db")) == expected, f"connect('db') should fill in every default: {expected}"
    assert_returns(returned, expected, "connect('db')")
    assert call_kata(connect, "db", 6543)["port"] == 6543, "port may be passed by position"
    assert call_kata(connect, host="db", port=6543)["port"] == 6543, "host and port may be passed by keyword"


@pytest.mark.checklist("functions.parameter_order")
def test_connect_timeout_and_retries_are_keyword_only():
    assert (returned := call_kata(connect, "db", timeout=1.5, retries=0)) == {
        "host": "db",
        "port": 5432,
        "timeout": 1.5,
        "retries": 0,
    }, "timeout and retries passed by keyword should reach the result"
    assert_returns(returned, {
        "host": "db",
        "port": 5432,
        "timeout": 1.5,
        "retries": 0,
    }, "connect('db', timeout=1.5, retries=0)")
    kata_raises(TypeError, connect, "db", 5432, 30)
    found = kinds(connect)
    assert found.get("timeout") == found.get("retries") == "KEYWORD_ONLY", (
        f"inspect.signature(connect) shows {found}: timeout and retries should be KEYWORD_ONLY. "
        "A default value does not make a parameter keyword-only; its place in the signature does"
    )


@pytest.mark.checklist("functions.parameter_order")
def test_clamp_takes_value_by_position_only():
    assert (returned := [call_kata(clamp, v) for v in (-5, 50, 150)]) == [0, 50, 100], (
        "with the default low and high, values are clamped to [0, 100]"
    )
    assert_returns(returned, [0, 50, 100], "the results")
    assert (returned := call_kata(clamp, 5, 10, 20)) == 10, "low and high may be passed by position"
    assert_returns(returned, 10, "clamp(5, 10, 20)")
    assert (returned := call_kata(clamp, 30, high=20)) == 20, "low and high may be passed by keyword"
    assert_returns(returned, 20, "clamp(30, high=20)")
    kata_raises(TypeError, clamp, value=5)
    assert kinds(clamp).get("value") == "POSITIONAL_ONLY", (
        f"inspect.signature(clamp) shows {kinds(clamp)}: value should be POSITIONAL_ONLY"
    )


@pytest.mark.checklist("functions.parameter_order")
def test_log_event_collects_extra_positionals_and_keywords():
    assert (returned := call_kata(log_event, "WARN", "disk", "full", sep="-", host="db1")) == {
        "level": "WARN",
        "message": "disk-full",
        "fields": {"host": "db1"},
    }, "level first, the remaining positionals are message parts joined by sep, other keywords become fields"
    assert_returns(returned, {
        "level": "WARN",
        "message": "disk-full",
        "fields": {"host": "db1"},
    }, "log_event('WARN', 'disk', 'full', sep='-', host='db1')")
    assert (returned := call_kata(log_event, "INFO")) == {"level": "INFO", "message": "", "fields": {}}, (
        "no message parts and no extra keywords: an empty message and empty fields"
    )
    assert_returns(returned, {"level": "INFO", "message": "", "fields": {}}, "log_event('INFO')")


@pytest.mark.checklist("functions.parameter_order")
def test_log_event_sep_is_never_taken_by_position():
    assert call_kata(log_event, "INFO", "a", "b", "-")["message"] == "a b -", (
        "every positional argument after level is a message part; sep can only be passed as sep=..."
    )
    expected_kinds = ["POSITIONAL_OR_KEYWORD", "VAR_POSITIONAL", "KEYWORD_ONLY", "VAR_KEYWORD"]
    assert list(kinds(log_event).values()) == expected_kinds, (
        f"inspect.signature(log_event) shows {kinds(log_event)}: expected level, *parts, sep, **fields"
    )
