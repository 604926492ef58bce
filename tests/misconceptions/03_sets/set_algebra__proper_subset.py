"""Misconception: `<` asks whether one set is contained in another.

checklist: sets.membership_algebra
"""


def can_run(granted: set, required: set) -> bool:
    """Return True when every required permission is granted."""
    return required < granted  # False when granted is exactly what is required
