"""Reference solution for stable_ranking.py."""

from operator import itemgetter


def leaderboard(players: list) -> list:
    """Return the (name, score) pairs, highest score first; equal scores in alphabetical order of name."""
    by_name = sorted(players, key=itemgetter(0))  # the less important key first...
    return sorted(by_name, key=itemgetter(1), reverse=True)  # ...then the stable pass keeps it for ties


def by_department(employees: list) -> list:
    """Return the (name, department) pairs by department, keeping the input order within one."""
    return sorted(employees, key=itemgetter(1))
