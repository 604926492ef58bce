"""Misconception: a difference must look at every element of both sets, so walking the granted set first costs nothing extra.

checklist: sets.membership_algebra

`required - granted` looks each required permission up in granted: O(len(required)). Collecting
the granted ones that are required first walks all of granted, however few are required.
"""


def missing_permissions(required: set, granted: set) -> set:
    return required - {permission for permission in granted if permission in required}
