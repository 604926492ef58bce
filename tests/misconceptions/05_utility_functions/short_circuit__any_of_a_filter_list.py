"""Misconception: building the list of negatives and testing it is as good as any().

The list reads the whole input, which never ends.

checklist: utility_functions.any_all
"""

def all_healthy(services, check):
    return all(check(service) for service in services)


def has_negative(numbers):
    return len([number for number in numbers if number < 0]) > 0


def permitted(granted, required) -> bool:
    return all(role in granted for role in required)
