"""Tests for copy_protocol.py: a class decides what copy.copy and copy.deepcopy share and what they copy."""

import copy

from copy_protocol import Player, Playlist
from dojo.testing import call_kata


def _playlist():
    player = Player()
    tracks = [{"title": "Intro", "plays": 0}, {"title": "Outro", "plays": 0}]
    return call_kata(Playlist, "mix", tracks, player), player


def test_copy_has_a_tracks_list_of_its_own():
    original, player = _playlist()
    clone = call_kata(copy.copy, original)
    assert type(clone) is Playlist and clone is not original, "copy.copy must return a new Playlist"
    assert clone.name == "mix" and clone.player is player, "the copy has the same name and the very same player"
    clone.tracks.append({"title": "Bonus", "plays": 0})
    assert len(original.tracks) == 2, (
        "adding a track to the copy added it to the original: both hold the same tracks list"
    )


def test_copy_shares_the_track_dicts():
    original, _ = _playlist()
    clone = call_kata(copy.copy, original)
    assert len(clone.tracks) == 2 and all(mine is theirs for mine, theirs in zip(clone.tracks, original.tracks)), (
        "a shallow copy holds the very same track dicts as the original, not copies of them"
    )
    clone.tracks[0]["plays"] += 1
    assert original.tracks[0]["plays"] == 1, "playing a shared track counts for both playlists"


def test_deepcopy_copies_the_tracks_and_shares_the_player():
    original, player = _playlist()
    clone = call_kata(copy.deepcopy, original)
    assert type(clone) is Playlist and clone is not original, "copy.deepcopy must return a new Playlist"
    assert clone.player is player, (
        "the deep copy must keep the very same player: there is one player, and it cannot be copied"
    )
    clone.tracks[0]["plays"] += 1
    clone.tracks.pop()
    assert original.tracks == [{"title": "Intro", "plays": 0}, {"title": "Outro", "plays": 0}], (
        "changing the deep copy's tracks changed the original's: every track must be a copy"
    )
    assert clone.tracks == [{"title": "Intro", "plays": 1}]


def test_deepcopy_keeps_what_is_shared_shared():
    original, player = _playlist()
    library = {"playlist": original, "favourite": original.tracks[1]}
    clone = call_kata(copy.deepcopy, library)
    favourite, copied = clone["favourite"], clone["playlist"]
    assert favourite is not original.tracks[1], "the library's deep copy needs a copy of the favourite track"
    assert favourite is copied.tracks[1], (
        "in the original the favourite is the playlist's second track; in the copy it is a different "
        "dict from the copied playlist's second track. deepcopy remembers what it has copied in memo: "
        "pass memo on when you copy the tracks"
    )
    assert copied.player is player


def test_deepcopy_keeps_the_name():
    original, _ = _playlist()
    clone = call_kata(copy.deepcopy, original)
    assert clone.name == "mix", "the deep copy must have the original's name"


def test_deepcopy_of_a_playlist_its_track_refers_back_to():
    original, _ = _playlist()
    original.tracks[0]["playlist"] = original  # a cycle: the playlist holds a track that holds the playlist
    clone = call_kata(copy.deepcopy, original)
    back = clone.tracks[0]["playlist"]
    assert back is not original, "the copied track must refer to a copy, not to the original playlist"
    assert back is clone, (
        "the copied track refers to a second copy of the playlist, not to the copy deepcopy returned: "
        "the cycle was copied twice. Put the new object into memo (memo[id(self)] = clone) before "
        "copying its parts, so a part that refers back finds it there"
    )
