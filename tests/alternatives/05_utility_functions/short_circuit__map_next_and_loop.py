"""Alternative: all() over a lazy map, next() with a default, and an explicit loop that returns early.

The reference passes generator expressions to all() and any(). Here all_healthy hands all() a
map object (lazy, so checking stops at the first failure), has_negative asks next() for the first
negative number with False as the default, and permitted loops over the required roles and
returns False at the first one that is missing: True when nothing is required.
"""


def all_healthy(services, check):
    return all(map(check, services))


def has_negative(numbers):
    return next((True for number in numbers if number < 0), False)


def permitted(granted, required) -> bool:
    for role in required:
        if role not in granted:
            return False
    return True
