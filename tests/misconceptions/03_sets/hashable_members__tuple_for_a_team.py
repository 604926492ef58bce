"""Misconception: a tuple is the hashable form of any collection, teams included.

checklist: sets.frozenset_key
"""


def unique_routes(routes: list) -> set:
    return {tuple(route) for route in routes}


def count_teams(teams: list) -> int:
    return len({tuple(team) for team in teams})  # ("ann", "bo") != ("bo", "ann", "bo")
