"""Misconception: reverse=True on a (score, name) key reverses only the score.

checklist: lists.sort_vs_sorted
"""


def leaderboard(players: list) -> list:
    return sorted(players, key=lambda p: (p[1], p[0]), reverse=True)  # names Z first among ties


def by_department(employees: list) -> list:
    return sorted(employees, key=lambda e: e[1])
