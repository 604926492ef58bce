"""Kata: any() and all(): empty input and short-circuit.

Task: the three functions below do too much work or give the wrong answer: fix them.

all() asks "is no item false?" and any() asks "is some item true?". Both stop at the first
item that settles the question, but only if they are handed the items one at a time.
"""


def all_healthy(services, check):
    """Return True when check(service) is true for every service.

    Checks are slow: stop at the first service that is not healthy.
    """
    return all([check(service) for service in services])


def has_negative(numbers):
    """Return True when some number is below zero, else False.

    numbers may be an iterator that never ends: stop at the first negative number.
    """
    return min(numbers) < 0


def permitted(granted, required) -> bool:
    """Return True when every role in `required` is in `granted`, else False.

    An action that requires no role is permitted to everyone.
    """
    return bool(required) and all(role in granted for role in required)
