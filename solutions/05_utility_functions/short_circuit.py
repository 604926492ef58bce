"""Reference solution for short_circuit.py."""


def all_healthy(services, check):
    return all(check(service) for service in services)


def has_negative(numbers):
    return any(number < 0 for number in numbers)


def permitted(granted, required) -> bool:
    return all(role in granted for role in required)
