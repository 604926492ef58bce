"""Misconception: a loop's else is the "found it" branch: it runs when break ended the loop.

It is the other way round: else runs when the loop ended *without* break.

checklist: control_flow.for_else
"""


def first_match(items, predicate):
    for item in items:
        if predicate(item):
            break
    else:
        return item  # believed to run after the break above
    raise LookupError("no item matches")


def primes_below(limit: int) -> list:
    primes = []
    for candidate in range(2, limit):
        for divisor in range(2, candidate):
            if candidate % divisor == 0:
                break
        else:
            continue  # believed: a divisor was found, so skip this candidate
        primes.append(candidate)
    return primes


def wait_until_ready(is_ready, attempts: int) -> int:
    calls = 0
    while calls < attempts:
        calls += 1
        if is_ready():
            break
    else:
        return calls  # believed: is_ready() returned True
    raise TimeoutError(f"not ready after {attempts} attempts")
