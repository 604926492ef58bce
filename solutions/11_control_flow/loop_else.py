"""Reference solution for loop_else.py."""


def first_match(items, predicate):
    if not items:
        raise ValueError("first_match() of an empty list")  # the else below runs for this case too
    for item in items:
        if predicate(item):
            return item  # leaving the loop early skips its else, like break does
    else:
        # Reached when the loop ran out of items without a match (or had none: excluded above).
        raise LookupError("no item matches")


def primes_below(limit: int) -> list:
    primes = []
    for candidate in range(2, limit):
        for divisor in range(2, candidate):
            if candidate % divisor == 0:
                break
        else:
            # This else belongs to the inner for, not to the if: no divisor broke the loop.
            # It also runs for 2, whose range of divisors is empty.
            primes.append(candidate)
    return primes


def wait_until_ready(is_ready, attempts: int) -> int:
    if attempts < 1:
        raise ValueError(f"attempts must be at least 1, not {attempts}")  # the else would run here too
    calls = 0
    while calls < attempts:
        calls += 1
        if is_ready():
            break  # success: break skips the else
    else:
        # The condition became false without a break: every attempt failed.
        raise TimeoutError(f"not ready after {attempts} attempts")
    return calls


def search_report(items: list, target) -> str:
    if not items:
        return "nothing to search"  # the else cannot tell this case apart: test it first
    for index, item in enumerate(items):
        if item == target:
            break
    else:
        # No break: every item was looked at and none matched.
        return f"not in {len(items)} items"
    return f"found at {index}"
