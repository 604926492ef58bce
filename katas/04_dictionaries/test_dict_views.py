"""Tests for dict_views.py: a view follows its dict; a snapshot does not; keys() views are sets."""

import pytest

from dict_views import Registry, changed_keys
from dojo.testing import assert_returns, call_kata

CHECK = pytest.mark.checklist("dictionaries.live_views")


def _registry(*names) -> Registry:
    registry = call_kata(Registry)
    for name in names:
        call_kata(registry.register, name, object())
    return registry


@CHECK
def test_names_is_a_snapshot():
    registry = _registry("auth", "cache")
    names = call_kata(registry.names)
    call_kata(registry.register, "metrics", object())
    assert list(names) == ["auth", "cache"], (
        f"names() taken before 'metrics' was registered now lists {list(names)}: keys() is a live view "
        "of the dict, not a copy. Return a list (or tuple) of the names"
    )


@CHECK
def test_registering_while_looping_over_names():
    registry = _registry("auth", "cache")

    def register_versions():
        for name in registry.names():
            registry.register(f"{name}-v2", object())

    call_kata(register_versions)
    assert list(call_kata(registry.names)) == ["auth", "cache", "auth-v2", "cache-v2"], (
        "looping over names() while registering must work: a live view raises RuntimeError as soon as the dict changes size"
    )


@CHECK
def test_live_names_follow_registrations():
    registry = _registry("auth")
    live = call_kata(registry.live_names)
    call_kata(registry.register, "cache", object())
    call_kata(registry.register, "auth", object())
    assert list(live) == ["auth", "cache"] and len(live) == 2 and "cache" in live, (
        "live_names() taken before 'cache' was registered should show it now, in registration order; "
        "a list is a snapshot, taken once; a view of the dict follows it"
    )


@CHECK
def test_live_names_cannot_change_the_registry():
    registry = _registry("auth")
    live = call_kata(registry.live_names)
    call_kata(registry.register, "cache", object())
    assert "cache" in live, "live_names() must show later registrations"
    changers = ("__setitem__", "__delitem__", "pop", "clear", "append", "update")
    writable = [name for name in changers if hasattr(live, name)]
    assert not writable, f"live_names() returned something callers can change (it has {writable}); a keys() view is read-only"


@CHECK
def test_changed_keys_compares_two_configs():
    old = {"host": "db1", "port": 5432, "debug": False, "pool": 4}
    new = {"host": "db2", "port": 5432, "pool": 4, "timeout": 30}
    got = call_kata(changed_keys, old, new)
    assert got == {"added": {"timeout"}, "removed": {"debug"}, "changed": {"host"}}, (
        "timeout is only in new, debug only in old, and host has a new value"
    )
    assert_returns(got, {"added": {"timeout"}, "removed": {"debug"}, "changed": {"host"}}, "changed_keys(old, new)")
    assert old == {"host": "db1", "port": 5432, "debug": False, "pool": 4} and len(new) == 4, "neither config changes"


@CHECK
def test_changed_keys_of_equal_and_disjoint_configs():
    got = call_kata(changed_keys, {"a": [1]}, {"a": [1]})
    assert got == {"added": set(), "removed": set(), "changed": set()}, (
        "equal configs (even with unhashable values) have nothing added, removed or changed"
    )
    assert_returns(got, {"added": set(), "removed": set(), "changed": set()}, 'changed_keys({"a": [1]}, {"a": [1]})')
    got = call_kata(changed_keys, {"a": 1}, {"b": 1})
    assert got == {"added": {"b"}, "removed": {"a"}, "changed": set()}, "a key only in one config is added or removed, never changed"
    assert_returns(got, {"added": {"b"}, "removed": {"a"}, "changed": set()}, 'changed_keys({"a": 1}, {"b": 1})')
