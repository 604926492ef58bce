"""Alternative: dict unpacking for the merge, slice deletion for the clear, and tuples/slices for Team's copies.

`{**defaults, **options}` builds the new dict in one expression; `del history[:]` empties the
caller's list in place; Team copies on the way in with a slice and on the way out with list().
"""


def with_defaults(options: dict, defaults: dict) -> dict:
    return {**defaults, **options}


def clear_history(history: list) -> None:
    del history[:]


class Team:
    def __init__(self, members: list):
        self._members = members[:]

    def add(self, name: str) -> None:
        self._members += [name]  # extends Team's own list in place

    def members(self) -> list:
        return self._members[:]
