"""Alternative: the same four functions without any loop else, using next(), all(), a for/else-free retry and index().

A reviewer may prefer these: the generator expressions say "first" and "all" directly, and
list.index finds the first position. They must tell "no items" from "no match" explicitly, too.
"""

_NOTHING = object()


def first_match(items, predicate):
    if not items:
        raise ValueError("first_match() of an empty list")
    found = next((item for item in items if predicate(item)), _NOTHING)
    if found is _NOTHING:
        raise LookupError("no item matches")
    return found


def primes_below(limit: int) -> list:
    return [n for n in range(2, limit) if all(n % d for d in range(2, int(n**0.5) + 1))]


def wait_until_ready(is_ready, attempts: int) -> int:
    if attempts < 1:
        raise ValueError(f"attempts must be at least 1, not {attempts}")
    for call in range(1, attempts + 1):
        if is_ready():
            return call
    raise TimeoutError(f"not ready after {attempts} attempts")


def search_report(items: list, target) -> str:
    if not items:
        return "nothing to search"
    if target in items:
        return f"found at {items.index(target)}"
    return f"not in {len(items)} items"
