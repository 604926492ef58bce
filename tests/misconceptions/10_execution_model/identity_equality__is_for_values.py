"""Misconception: `is` is the strict, safe way to compare values.

Equal values are often different objects, so `is` misses them.

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
        if item is target:
            return position
    return -1


def remove_listener(listeners: list, listener) -> None:
    for position, registered in enumerate(listeners):
        if registered is listener:
            del listeners[position]
            return
