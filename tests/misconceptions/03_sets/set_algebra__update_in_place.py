"""Misconception: the augmented operators (`-=`, `&=`, `^=`) return new sets, like the plain ones.

checklist: sets.membership_algebra
"""


def missing_permissions(required: set, granted: set) -> set:
    """Return the permissions in required that are not in granted."""
    required -= granted  # changes the caller's set
    return required


def mutual_friends(friends_a: set, friends_b: set) -> set:
    """Return the people who are friends of both."""
    friends_a &= friends_b
    return friends_a
