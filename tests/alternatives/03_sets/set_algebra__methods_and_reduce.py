"""Alternative: the named set methods instead of operators, reduce for the union, len() to spot a repeat.

The reference uses `- & ^ <=` and set().union(*sets). Here each function calls the method of
the same meaning (difference, intersection, symmetric_difference, issuperset), all_tags folds
the sets with `|` from a new empty set, and first_repeat adds every item and notices a repeat
when the set did not grow: one hash per item.
"""

from functools import reduce
from operator import or_


def missing_permissions(required: set, granted: set) -> set:
    return required.difference(granted)


def mutual_friends(friends_a: set, friends_b: set) -> set:
    return friends_a.intersection(friends_b)


def changed_settings(before: set, after: set) -> set:
    return before.symmetric_difference(after)


def can_run(granted: set, required: set) -> bool:
    return granted.issuperset(required)


def all_tags(*tag_sets: set) -> set:
    return reduce(or_, tag_sets, set())


def first_repeat(items: list):
    seen = set()
    for item in items:
        size = len(seen)
        seen.add(item)
        if len(seen) == size:
            return item
    return None
