"""Reference solution for aliasing.py."""


def with_defaults(options: dict, defaults: dict) -> dict:
    merged = dict(defaults)  # a new dict: `merged = defaults` would only bind a second name to it
    merged.update(options)
    return merged


def clear_history(history: list) -> None:
    history.clear()  # mutate the caller's object; `history = []` would rebind only the parameter


class Team:
    def __init__(self, members: list):
        self._members = list(members)  # copy on the way in: the caller keeps their list

    def add(self, name: str) -> None:
        self._members.append(name)

    def members(self) -> list:
        return list(self._members)  # copy on the way out: callers get a list of their own
