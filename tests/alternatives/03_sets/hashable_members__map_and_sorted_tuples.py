"""Alternative: map(tuple, ...) for routes; teams made canonical as sorted tuples of their distinct names.

The reference uses set comprehensions and frozenset for teams. Here routes become tuples through
map(), and a team becomes the sorted tuple of its distinct names: another hashable form in which
order and repeats no longer count (it needs names that can be ordered, as strings can).
"""


def unique_routes(routes: list) -> set:
    return set(map(tuple, routes))


def count_teams(teams: list) -> int:
    return len({tuple(sorted(set(team))) for team in teams})
