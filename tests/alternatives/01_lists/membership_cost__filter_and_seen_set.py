"""Alternative: a dict's keys as the lookup table with filter(); a loop with a `seen` set for de-duplication.

The reference builds a set for shared_items and uses dict.fromkeys for unique_in_order. Here
shared_items filters first through the `__contains__` of a dict built from second, and
unique_in_order walks the items once, keeping each one the first time the set has not seen it.
"""


def shared_items(first: list, second: list) -> list:
    lookup = dict.fromkeys(second)
    return list(filter(lookup.__contains__, first))


def unique_in_order(items: list) -> list:
    seen = set()
    result = []
    for item in items:
        if item not in seen:
            seen.add(item)
            result.append(item)
    return result
