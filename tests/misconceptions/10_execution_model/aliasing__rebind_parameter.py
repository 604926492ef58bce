"""Misconception: assigning a new list to a parameter replaces the caller's list.

It rebinds only the function's local name; the caller's list keeps its items.

checklist: execution_model.binding_vs_mutation
"""


def clear_history(history: list) -> None:
    history = []  # noqa: F841
