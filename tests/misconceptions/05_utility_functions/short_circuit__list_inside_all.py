"""Misconception: all() short-circuits whatever it is given, a list comprehension included.

The list is built in full, every check run, before all() sees its first item.

checklist: utility_functions.any_all
"""


def all_healthy(services, check):
    return all([check(service) for service in services])
