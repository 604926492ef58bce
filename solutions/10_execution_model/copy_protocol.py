"""Reference solution for copy_protocol.py."""

import copy
import threading


class Player:
    def __init__(self):
        self.lock = threading.Lock()


class Playlist:
    def __init__(self, name: str, tracks: list, player: Player):
        self.name = name
        self.tracks = list(tracks)
        self.player = player

    def __copy__(self) -> "Playlist":
        # __init__ makes a new tracks list holding the same track dicts.
        return type(self)(self.name, self.tracks, self.player)

    def __deepcopy__(self, memo: dict) -> "Playlist":
        clone = type(self).__new__(type(self))
        memo[id(self)] = clone  # register before copying parts, in case a part refers back to this playlist
        clone.name = self.name  # a str is immutable: sharing it is safe
        clone.tracks = copy.deepcopy(self.tracks, memo)  # the same memo keeps shared tracks shared
        clone.player = self.player  # one player for everyone; it cannot be copied anyway
        return clone
