"""Misconception: a frozenset is the hashable form of any list, routes included.

checklist: sets.hashable_elements
"""


def unique_routes(routes: list) -> set:
    return {frozenset(route) for route in routes}  # loses the order of stops


def count_teams(teams: list) -> int:
    return len({frozenset(team) for team in teams})
