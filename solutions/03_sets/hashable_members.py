"""Reference solution for hashable_members.py."""


def unique_routes(routes: list) -> set:
    """Return the set of distinct routes, each as a tuple (order of stops matters)."""
    return {tuple(route) for route in routes}


def count_teams(teams: list) -> int:
    """Return how many distinct teams there are (order and repeats of names do not matter)."""
    return len({frozenset(team) for team in teams})
