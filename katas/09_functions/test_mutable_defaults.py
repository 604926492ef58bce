"""Tests for mutable_defaults.py: a default is one object, made when `def` runs, shared by every call that omits it."""

import pytest

from dojo.testing import assert_returns, call_kata
from mutable_defaults import Playlist, append_to


@pytest.mark.checklist("functions.mutable_defaults")
def test_each_call_without_a_target_starts_fresh():
    first = call_kata(append_to, "a")
    second = call_kata(append_to, "b")
    assert (first, second) == (["a"], ["b"]), (
        f"append_to('a') then append_to('b') gave {first!r} and {second!r}; each call without a target "
        "should get a new list, so the second call must not see the first call's item"
    )


@pytest.mark.checklist("functions.mutable_defaults")
def test_the_default_object_is_created_once_and_never_changes():
    defaults_before = repr(append_to.__defaults__)  # the text, because the objects themselves may change
    first = call_kata(append_to, 1)
    second = call_kata(append_to, 2)
    shared = any(first is value for value in append_to.__defaults__ or ())
    assert repr(append_to.__defaults__) == defaults_before, (
        f"append_to.__defaults__ went from {defaults_before} to {append_to.__defaults__!r} during two calls. "
        "A default is evaluated once, when `def` runs, and the object is stored on the function: "
        f"every call that omits target appends to that one object (is the list returned the default? {shared})"
    )
    assert first is not second, "two calls without a target returned the very same list object"


@pytest.mark.checklist("functions.mutable_defaults")
def test_a_given_list_is_the_one_appended_to_even_when_empty():
    mine = []
    returned = call_kata(append_to, "x", mine)
    assert returned is mine and mine == ["x"], (
        "append_to('x', mine) must append to mine and return it, even when mine is empty: "
        "an empty list is falsy, but it is still the list the caller passed"
    )
    call_kata(append_to, "y")
    assert (returned := call_kata(append_to, "z")) == ["z"], "a call without a target must still start from a new empty list"
    assert_returns(returned, ["z"], "append_to('z')")


@pytest.mark.checklist("functions.mutable_defaults")
def test_playlists_do_not_share_songs():
    morning, evening = call_kata(Playlist), call_kata(Playlist)
    call_kata(morning.add, "Blackbird")
    assert evening.songs == [], (
        f"adding a song to one new playlist put it in another: evening.songs == {evening.songs!r}. "
        "Both were made without songs, so both got the same default object"
    )
    assert morning.songs == ["Blackbird"], f"the playlist a song was added to should hold it, not {morning.songs!r}"


@pytest.mark.checklist("functions.mutable_defaults")
def test_a_playlist_copies_the_songs_it_is_given():
    mine = ["Intro"]
    playlist = call_kata(Playlist, mine)
    call_kata(playlist.add, "Outro")
    assert mine == ["Intro"], (
        f"adding to the playlist changed the caller's list to {mine!r}: the playlist must own a list of its own"
    )
    assert playlist.songs == ["Intro", "Outro"], "the playlist starts with the songs it was given, then grows"
    from_tuple = call_kata(Playlist, ("One", "Two"))
    call_kata(from_tuple.add, "Three")
    assert from_tuple.songs == ["One", "Two", "Three"], "a playlist made from a tuple of songs can still grow"


@pytest.mark.checklist("functions.mutable_defaults")
def test_add_returns_the_playlist_so_calls_chain():
    other = call_kata(Playlist)
    call_kata(other.add, "Elsewhere")  # another playlist, filled first: its song must not show up below
    playlist = call_kata(Playlist)
    assert call_kata(playlist.add, "One") is playlist, "add() must return the playlist it was called on"
    call_kata(call_kata(playlist.add, "Two").add, "Three")
    assert playlist.songs == ["One", "Two", "Three"], (
        f"chained add() calls all add to the same playlist, and only to it: its songs are {playlist.songs!r}"
    )
