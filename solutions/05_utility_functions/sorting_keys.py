"""Reference solution for sorting_keys.py."""


def by_length(words):
    return sorted(words, key=len)


def newest_first(events):
    return sorted(events, key=lambda event: event[0], reverse=True)


def leaderboard(players):
    return sorted(players, key=lambda player: (-player[1], player[0]))


def by_version(versions):
    return sorted(versions, key=lambda version: tuple(int(part) for part in version.split(".")))
