"""Misconception: `target = target or []` is the same fix as `if target is None`.

An empty list is falsy, so a caller who passes their own empty list gets a different list
back, and theirs is never filled.

checklist: functions.mutable_defaults
"""


def append_to(item, target=None):
    target = target or []
    target.append(item)
    return target


class Playlist:
    def __init__(self, songs=None):
        self.songs = list(songs or [])

    def add(self, song) -> "Playlist":
        self.songs.append(song)
        return self
