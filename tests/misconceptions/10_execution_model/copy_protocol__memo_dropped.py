"""Misconception: the memo argument of __deepcopy__ can be ignored.

A fresh deepcopy call forgets what the outer deep copy already copied, so a track shared
with another part of the copied structure is copied twice.

checklist: none
"""


class Playlist:
    def __init__(self, name: str, tracks: list, player: Player):
        self.name = name
        self.tracks = list(tracks)
        self.player = player

    def __copy__(self) -> "Playlist":
        return type(self)(self.name, self.tracks, self.player)

    def __deepcopy__(self, memo: dict) -> "Playlist":
        clone = type(self).__new__(type(self))
        memo[id(self)] = clone
        clone.name = self.name
        clone.tracks = copy.deepcopy(self.tracks)
        clone.player = self.player
        return clone
