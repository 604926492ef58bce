"""Misconception: all() of an empty input is False, so an empty requirement needs a guard.

checklist: utility_functions.any_all
"""


def permitted(granted, required) -> bool:
    return bool(required) and all(role in granted for role in required)
