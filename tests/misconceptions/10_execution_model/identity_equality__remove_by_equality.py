"""Misconception: list.remove(x) removes the object x.

It removes the first item equal to x, which may be another object.

checklist: execution_model.is_vs_eq
"""

MISSING = object()


def lookup(table: dict, key, default=MISSING):
    if key in table:
        return table[key]
    if default is MISSING:
        raise KeyError(key)
    return default


def index_of(items, target) -> int:
    for position, item in enumerate(items):
        if item == target:
            return position
    return -1


def remove_listener(listeners: list, listener) -> None:
    if listener in listeners:
        listeners.remove(listener)
