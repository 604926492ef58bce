"""Reference solution for mutable_defaults.py."""


def append_to(item, target=None):
    # The default is evaluated once, at `def` time: None is immutable, so sharing it is harmless.
    # `is None`, not `or`: an empty list the caller passed must still be the one appended to.
    if target is None:
        target = []
    target.append(item)
    return target


class Playlist:
    def __init__(self, songs=()):
        # An immutable default is safe; list() gives this playlist a list of its own,
        # so neither other playlists nor the caller's list see later additions.
        self.songs = list(songs)

    def add(self, song) -> "Playlist":
        self.songs.append(song)
        return self
