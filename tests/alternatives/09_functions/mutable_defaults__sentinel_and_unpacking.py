"""Alternative: a private sentinel instead of None, and a conditional expression with unpacking in Playlist.

append_to's default is an object no caller can pass by accident; Playlist takes None and copies
whatever iterable it is given with [*songs]. Both make a fresh list per call.
"""

_FRESH = object()


def append_to(item, target=_FRESH):
    target = [] if target is _FRESH else target
    target.append(item)
    return target


class Playlist:
    def __init__(self, songs=None):
        self.songs = [] if songs is None else [*songs]

    def add(self, song) -> "Playlist":
        self.songs = [*self.songs, song]
        return self
