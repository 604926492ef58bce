"""Misconception: sorting the pairs themselves orders them by department and nothing else.

checklist: lists.sort_vs_sorted
"""


def leaderboard(players: list) -> list:
    return sorted(players, key=lambda p: (-p[1], p[0]))


def by_department(employees: list) -> list:
    return sorted(employees, key=lambda e: (e[1], e[0]))  # ties broken by name: seniority is lost
