"""Kata: names are bound to objects; assignment never copies.

Task: each function and class below either changes an object its caller still holds or fails to
change the one it was asked to. Fix them so every docstring holds.

`x = y` binds the name x to the object y refers to. Calling f(items) binds f's parameter to the
caller's object the same way. Mutating that object shows through every name bound to it;
rebinding a name changes only that name.
"""


def with_defaults(options: dict, defaults: dict) -> dict:
    """Return a new dict holding defaults, overridden by options. Neither argument changes."""
    merged = defaults
    merged.update(options)
    return merged


def clear_history(history: list) -> None:
    """Empty the caller's list in place: every name bound to that list sees it empty afterwards."""
    history = []


class Team:
    """A team of member names that no one outside the team can change behind its back.

    Changing the list given to Team(...) afterwards, or the list members() returned, must not
    change the team; add() must not change the list the team was made from.
    """

    def __init__(self, members: list):
        self._members = members

    def add(self, name: str) -> None:
        """Add a member to this team."""
        self._members.append(name)

    def members(self) -> list:
        """Return the member names as a list the caller may change freely."""
        return self._members
