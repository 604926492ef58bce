"""Tests for safe_prune.py: iterate over a snapshot (or build the change first) when keys come and go,
and know that deleting keys never shrinks a dict."""

import sys

import pytest

from dojo.testing import call_kata
from safe_prune import add_aliases, compact, drop_expired

CHECK = pytest.mark.checklist("dictionaries.resize_while_iterating")


@CHECK
def test_drop_expired_removes_old_sessions_in_place():
    sessions = {"a1": 100.0, "b2": 5.0, "c3": 250.0, "d4": 7.5}
    same = sessions
    assert call_kata(drop_expired, sessions, 50.0) is None, "drop_expired changes the dict in place and returns None"
    assert same is sessions and sessions == {"a1": 100.0, "c3": 250.0}, (
        f"the caller's dict should keep only the live sessions a1 and c3; it holds {sessions!r}. "
        "Binding the parameter to a new, filtered dict leaves the caller's dict as it was"
    )


@CHECK
def test_drop_expired_keeps_the_order_of_the_rest():
    sessions = {"z": 9.0, "y": 1.0, "x": 8.0, "w": 2.0, "v": 7.0}
    call_kata(drop_expired, sessions, 5.0)
    assert list(sessions) == ["z", "x", "v"], "the sessions left keep their order"


@CHECK
def test_drop_expired_can_empty_the_dict_or_leave_it_alone():
    everything = {"a": 1.0, "b": 2.0}
    call_kata(drop_expired, everything, 10.0)
    assert everything == {}, "every session before now is removed, even if that is all of them"
    nothing = {"a": 11.0, "b": 10.0}
    call_kata(drop_expired, nothing, 10.0)
    assert nothing == {"a": 11.0, "b": 10.0}, (
        "no session expires before now (b expires exactly at now): the dict stays as it is"
    )


@CHECK
def test_add_aliases_adds_first_letters_in_place():
    def show():
        return "show"

    def quit_():
        return "quit"

    commands = {"show": show, "quit": quit_}
    same = commands
    call_kata(add_aliases, commands)
    assert same is commands and commands == {"show": show, "quit": quit_, "s": show, "q": quit_}, (
        "every command gets its first letter as an alias, added to the caller's dict after the commands"
    )


@CHECK
def test_add_aliases_never_replaces_a_name():
    commands = {"stop": "stop-handler", "start": "start-handler", "s": "status-handler", "help": "help-handler"}
    call_kata(add_aliases, commands)
    assert commands == {
        "stop": "stop-handler",
        "start": "start-handler",
        "s": "status-handler",
        "help": "help-handler",
        "h": "help-handler",
    }, f"'s' is already a command, so neither stop nor start takes it; got {commands!r}"


SHRINK = pytest.mark.checklist("dictionaries.table_size")


def _pruned_cache():
    """A cache that held 10,000 entries and then lost all but 10 of them, spread over its length."""
    cache = {f"key{number}": number for number in range(10_000)}
    for number in range(10_000):
        if number % 1_000:
            del cache[f"key{number}"]
    return cache


@SHRINK
def test_compact_keeps_the_items_their_order_and_the_dict():
    cache = _pruned_cache()
    before = list(cache.items())
    same = cache
    assert call_kata(compact, cache) is None, "compact changes the caller's dict in place and returns None"
    assert cache is same
    assert list(cache.items()) == before, "compact must keep every item, in its order"
    assert cache["key9000"] == 9000


@SHRINK
def test_compact_gives_back_the_memory_of_deleted_keys():
    cache = _pruned_cache()
    fresh = {}
    for key, value in cache.items():
        fresh[key] = value
    call_kata(compact, cache)
    size, needed = sys.getsizeof(cache), sys.getsizeof(fresh)
    assert size <= 2 * needed, (
        f"after compact, the caller's dict holds {len(cache)} items in {size} bytes, where a new dict holding "
        f"them takes {needed}: its table is still sized for the 10,000 keys it once held"
    )


@SHRINK
def test_compact_of_an_empty_or_untouched_dict():
    empty = {}
    call_kata(compact, empty)
    assert empty == {}
    untouched = {"b": 2, "a": 1}
    call_kata(compact, untouched)
    assert list(untouched.items()) == [("b", 2), ("a", 1)]
