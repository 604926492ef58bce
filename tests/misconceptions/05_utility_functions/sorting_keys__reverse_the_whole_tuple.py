"""Misconception: reverse=True with a (score, name) key sorts scores descending and names ascending.

reverse applies to the whole key: names come out Z to A.

checklist: utility_functions.sorted_key
"""


def leaderboard(players):
    return sorted(players, key=lambda player: (player[1], player[0]), reverse=True)
