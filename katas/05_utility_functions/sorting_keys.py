"""Kata: sorted() with key=, reverse=, several keys, and stability.

Task: implement the four functions below with sorted() or list.sort(), no sorting loops of
your own. None of them changes its argument.

sorted() calls key once per item and compares the keys it returned. Its sort is stable:
items whose keys are equal come out in the order they went in.
"""


def by_length(words):
    """Return the words shortest first; words of the same length keep their original order."""
    raise NotImplementedError("by_length: sort the words by their length")


def newest_first(events):
    """events are (day, name) pairs, day an int: return them latest day first.

    Events of the same day keep their original order.
    """
    raise NotImplementedError("newest_first: sort the events by day, latest first")


def leaderboard(players):
    """players are (name, score) pairs: return them highest score first, equal scores by name A to Z."""
    raise NotImplementedError("leaderboard: sort by score descending, then by name ascending")


def by_version(versions):
    """Return version strings such as "1.10.2" oldest first, each part compared as a number.

    "1.9" comes before "1.10", and "1.2" before "1.2.1".
    """
    raise NotImplementedError("by_version: sort the versions by their numeric parts")
