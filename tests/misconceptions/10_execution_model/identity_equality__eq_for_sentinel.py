"""Misconception: `default == MISSING` asks whether a default was given.

It lets the default's own __eq__ answer: mock.ANY says yes, a numpy-like array raises.

checklist: execution_model.is_vs_eq
"""

MISSING = object()


def lookup(table: dict, key, default=MISSING):
    if key in table:
        return table[key]
    if default == MISSING:
        raise KeyError(key)
    return default


def index_of(items, target) -> int:
    for position, item in enumerate(items):
        if item == target:
            return position
    return -1


def remove_listener(listeners: list, listener) -> None:
    for position, registered in enumerate(listeners):
        if registered is listener:
            del listeners[position]
            return
