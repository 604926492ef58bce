"""Kata: set elements must be hashable.

Task: unique_routes and count_teams below crash on their first element. Fix them so every
docstring holds.

A set finds an element by its hash, so an element's hash must never change: lists, sets and
dicts can change, so they have no hash. Their immutable cousins do: a tuple keeps order, a
frozenset does not.
"""


def unique_routes(routes: list) -> set:
    """Return the set of distinct routes. A route is a list of stop names, and its order matters:
    ["home", "work"] and ["work", "home"] are two routes. Return each route as a tuple."""
    return {route for route in routes}


def count_teams(teams: list) -> int:
    """Return how many distinct teams there are. A team is a list of member names; the order
    of the names and any repeated name do not matter: ["ann", "bo"] and ["bo", "ann", "bo"] are one team."""
    return len({set(team) for team in teams})
