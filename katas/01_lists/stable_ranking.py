"""Kata: sorting with key=, reverse= and stability.

Task: implement leaderboard and by_department. Neither may change the caller's list.

Python's sort is stable: items whose keys are equal keep the order they had before the
sort. So sorting by several keys can be done in several passes, the least important first.
"""


def leaderboard(players: list) -> list:
    """Return the (name, score) pairs, highest score first; equal scores in alphabetical order of name."""
    raise NotImplementedError("leaderboard: sort by score (highest first), then by name (A first)")


def by_department(employees: list) -> list:
    """Return the (name, department) pairs grouped by department in alphabetical order.

    Within a department, employees keep the order they have in the input list (seniority):
    never reorder them by name.
    """
    raise NotImplementedError("by_department: order by department, keeping the input order within one")
