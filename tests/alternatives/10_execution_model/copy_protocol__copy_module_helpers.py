"""Alternative: __copy__ and __deepcopy__ that work on the instance __dict__ instead of calling __init__ or copying field by field.

__copy__ builds the new object without __init__ and gives it a tracks list of its own; __deepcopy__
deep-copies the whole __dict__ but the player in one call that shares the memo.
"""

import copy


class Playlist:
    def __init__(self, name: str, tracks: list, player):
        self.name = name
        self.tracks = list(tracks)
        self.player = player

    def __copy__(self) -> "Playlist":
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__, tracks=list(self.tracks))
        return clone

    def __deepcopy__(self, memo: dict) -> "Playlist":
        clone = type(self).__new__(type(self))
        memo[id(self)] = clone
        state = {key: value for key, value in self.__dict__.items() if key != "player"}
        clone.__dict__.update(copy.deepcopy(state, memo), player=self.player)
        return clone
