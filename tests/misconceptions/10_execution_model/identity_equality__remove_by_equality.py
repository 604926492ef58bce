"""Misconception: list.remove(x) removes the object x.

It removes the first item equal to x, which may be another object.

checklist: execution_model.is_vs_eq
"""


def remove_listener(listeners: list, listener) -> None:
    if listener in listeners:
        listeners.remove(listener)
