"""Misconception: remembering seen items in a list is as fast as in a set.

checklist: sets.membership_algebra
"""


def first_repeat(items: list):
    """Return the first item that appears for the second time, scanning left to right, or None."""
    seen = []  # `item in seen` scans the list
    for item in items:
        if item in seen:
            return item
        seen.append(item)
    return None
