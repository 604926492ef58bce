"""Kata: customising copy.copy and copy.deepcopy with __copy__ and __deepcopy__.

Task: implement Playlist.__copy__ and Playlist.__deepcopy__ so that copy.copy(playlist) and
copy.deepcopy(playlist) do what their docstrings say.

Left alone, copy.copy shares every attribute with the original, and copy.deepcopy copies every
attribute, the player too, which it cannot do: copy.deepcopy(Player()) raises TypeError because
of the lock. A class decides for itself what "copy" means, and deepcopy passes it a memo dict
that remembers what this deep copy has already copied.
"""

import threading


class Player:
    """The one audio player every playlist plays through. It holds a lock, so it cannot be copied."""

    def __init__(self):
        self.lock = threading.Lock()


class Playlist:
    """A named list of tracks (each a dict such as {"title": "Intro", "plays": 0}) and its player."""

    def __init__(self, name: str, tracks: list, player: Player):
        self.name = name
        self.tracks = list(tracks)
        self.player = player

    def __copy__(self) -> "Playlist":
        """Return a playlist with the same name and player, and a tracks list of its own with the same track dicts."""
        raise NotImplementedError("Playlist.__copy__: a new playlist with a tracks list of its own")

    def __deepcopy__(self, memo: dict) -> "Playlist":
        """Return a playlist with copies of every track and the same player; pass memo on to deepcopy."""
        raise NotImplementedError("Playlist.__deepcopy__: copy the tracks deeply, share the player")
