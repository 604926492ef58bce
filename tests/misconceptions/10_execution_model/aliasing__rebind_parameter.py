"""Misconception: assigning a new list to a parameter replaces the caller's list.

It rebinds only the function's local name; the caller's list keeps its items.

checklist: execution_model.binding_vs_mutation
"""


def with_defaults(options: dict, defaults: dict) -> dict:
    merged = dict(defaults)
    merged.update(options)
    return merged


def clear_history(history: list) -> None:
    history = []  # noqa: F841


class Team:
    def __init__(self, members: list):
        self._members = list(members)

    def add(self, name: str) -> None:
        self._members.append(name)

    def members(self) -> list:
        return list(self._members)
