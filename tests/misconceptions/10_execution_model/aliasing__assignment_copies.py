"""Misconception: `merged = defaults` gives a copy of defaults to update.

It binds a second name to the caller's dict, and update() changes that one dict.

checklist: execution_model.binding_vs_mutation
"""


def with_defaults(options: dict, defaults: dict) -> dict:
    merged = defaults
    merged.update(options)
    return merged


def clear_history(history: list) -> None:
    history.clear()


class Team:
    def __init__(self, members: list):
        self._members = list(members)

    def add(self, name: str) -> None:
        self._members.append(name)

    def members(self) -> list:
        return list(self._members)
