"""Misconception: all() of an empty input is False, so an empty requirement needs a guard.

checklist: utility_functions.any_all
"""

def all_healthy(services, check):
    return all(check(service) for service in services)


def has_negative(numbers):
    return any(number < 0 for number in numbers)


def permitted(granted, required) -> bool:
    return bool(required) and all(role in granted for role in required)
