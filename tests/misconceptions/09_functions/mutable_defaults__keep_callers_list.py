"""Misconception: the None sentinel alone makes each playlist own its list.

It stops playlists made without songs from sharing one default, but storing the caller's
list as it is still aliases it: adding to the playlist changes the caller's list.

checklist: functions.mutable_defaults
"""


class Playlist:
    def __init__(self, songs=None):
        self.songs = songs if songs is not None else []

    def add(self, song) -> "Playlist":
        self.songs.append(song)
        return self
