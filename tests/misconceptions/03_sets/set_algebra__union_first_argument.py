"""Misconception: union() of the first set collects the others into a new set.

checklist: sets.membership_algebra
"""



def missing_permissions(required: set, granted: set) -> set:
    """Return the permissions in required that are not in granted."""
    return required - granted


def mutual_friends(friends_a: set, friends_b: set) -> set:
    """Return the people who are friends of both."""
    return friends_a & friends_b


def changed_settings(before: set, after: set) -> set:
    """Return the settings in exactly one of before and after."""
    return before ^ after


def can_run(granted: set, required: set) -> bool:
    """Return True when every required permission is granted."""
    return required <= granted


def all_tags(*tag_sets: set) -> set:
    """Return a new set of every tag in any of the given sets."""
    if not tag_sets:
        return set()
    first = tag_sets[0]
    first.update(*tag_sets[1:])  # adds to the caller's first set
    return first


def first_repeat(items: list):
    """Return the first item that appears for the second time, scanning left to right, or None."""
    seen = set()
    for item in items:
        if item in seen:
            return item
        seen.add(item)
    return None
