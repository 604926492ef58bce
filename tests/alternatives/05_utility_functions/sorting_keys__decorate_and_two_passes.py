"""Alternative: decorate-sort-undecorate, itemgetter, two stable passes, and a list of ints as the version key.

The reference passes a key function to each sorted() call. Here by_length sorts (length,
position, word) triples, so ties keep their input order by the position; newest_first uses
operator.itemgetter; the leaderboard sorts by name and then, stably, by score with reverse=True;
by_version compares lists of ints built by map().
"""

from operator import itemgetter


def by_length(words):
    decorated = sorted((len(word), position, word) for position, word in enumerate(words))
    return [word for _length, _position, word in decorated]


def newest_first(events):
    return sorted(events, key=itemgetter(0), reverse=True)


def leaderboard(players):
    by_name = sorted(players, key=itemgetter(0))
    return sorted(by_name, key=itemgetter(1), reverse=True)


def by_version(versions):
    return sorted(versions, key=lambda version: list(map(int, version.split("."))))
