"""Kata: the mutable default argument (elimination question 2).

Task: append_to and Playlist share state between calls that never asked to share anything.
Fix both so that a call which does not pass a list gets a list of its own, and be ready to
say when the shared list was created and where it lives.
"""


def append_to(item, target=[]):
    """Append item to target and return target.

    When the caller passes a list, that very list is appended to and returned (even an empty
    one). When the caller passes none, start from a new empty list.
    """
    target.append(item)
    return target


class Playlist:
    """An ordered list of songs.

    Each playlist owns its list: adding a song to one playlist never changes another
    playlist, nor the list (or tuple) of songs a caller passed in.
    """

    def __init__(self, songs=[]):
        self.songs = songs

    def add(self, song) -> "Playlist":
        """Append song to this playlist and return the playlist."""
        self.songs.append(song)
        return self
