"""Kata: the else clause of `for` and `while` loops.

Task: the four functions below each use a loop's `else` clause, and all four get it wrong.
Fix them so they do what their docstrings say. Each one tells "the loop never ran" from "the
loop ran to its end without finding anything": the tests check both.

Before you touch the code, answer out loud: when exactly does a loop's `else` run? After the
last iteration? When the loop never ran at all? After a `break`? After a `return` from inside
the loop? An interviewer who hears "I've never used for-else" stops the interview here.
"""


def first_match(items, predicate):
    """Return the first item of the list items for which predicate(item) is true.

    Call predicate on as few items as needed: stop at the first match. Raise LookupError
    when there are items but none matches, and ValueError when items is empty: there is
    nothing to search (as max([]) raises ValueError).
    """
    for item in items:
        if predicate(item):
            found = item
    else:
        raise LookupError("no item matches")
    return found


def primes_below(limit: int) -> list:
    """Return the prime numbers below limit, each once, in increasing order: primes_below(10) == [2, 3, 5, 7].

    A limit of 2 or less gives [].
    """
    primes = []
    for candidate in range(2, limit):
        for divisor in range(2, candidate):
            if candidate % divisor == 0:
                break
            else:
                primes.append(candidate)
    return primes


def wait_until_ready(is_ready, attempts: int) -> int:
    """Call is_ready() up to `attempts` times, stopping at the first call that returns True.

    Return how many calls that took. Raise TimeoutError if every call returned False. With
    attempts < 1 there is nothing to try: raise ValueError, without calling is_ready at all.
    """
    calls = 0
    while calls < attempts:
        calls += 1
        if is_ready():
            break
    else:
        return calls
    raise TimeoutError(f"not ready after {attempts} attempts")


def search_report(items: list, target) -> str:
    """Describe a search for target in items, a list.

    "found at <index>" for target's first position, "nothing to search" when items is empty,
    and "not in <n> items" when none of the n items is target.
    """
    for index, item in enumerate(items):
        if item == target:
            break
    else:
        return "nothing to search"  # the loop had nothing to go through
    return f"found at {index}"
