"""Misconception: a second key is needed to make ties come out in a fixed order.

The sort is stable already: the extra key reorders the ties alphabetically instead of keeping their order.

checklist: utility_functions.sorted_key
"""

def by_length(words):
    return sorted(words, key=lambda word: (len(word), word))


def newest_first(events):
    return sorted(events, key=lambda event: event[0], reverse=True)


def leaderboard(players):
    return sorted(players, key=lambda player: (-player[1], player[0]))


def by_version(versions):
    return sorted(versions, key=lambda version: tuple(int(part) for part in version.split(".")))
