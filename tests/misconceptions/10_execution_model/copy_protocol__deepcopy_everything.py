"""Misconception: a deep copy must copy every attribute, the player too.

copy.deepcopy cannot copy the player's lock (TypeError), and there must be one player anyway.

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
        clone.tracks = copy.deepcopy(self.tracks, memo)
        clone.player = copy.deepcopy(self.player, memo)
        return clone
