"""Misconception: union() of the first set collects the others into a new set.

checklist: sets.membership_algebra
"""


def all_tags(*tag_sets: set) -> set:
    """Return a new set of every tag in any of the given sets."""
    if not tag_sets:
        return set()
    first = tag_sets[0]
    first.update(*tag_sets[1:])  # adds to the caller's first set
    return first
