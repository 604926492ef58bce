"""Alternative: one sort with a negated score in a tuple key; departments bucketed in a dict, then joined.

The reference sorts twice (by name, then stably by score) and once by department. Here the
leaderboard uses a single key `(-score, name)`, and by_department groups the pairs per department
in first-seen order (each list keeps the input order) and joins the groups in department order.
"""


def leaderboard(players: list) -> list:
    return sorted(players, key=lambda player: (-player[1], player[0]))


def by_department(employees: list) -> list:
    groups = {}
    for employee in employees:
        groups.setdefault(employee[1], []).append(employee)
    return [employee for department in sorted(groups) for employee in groups[department]]
