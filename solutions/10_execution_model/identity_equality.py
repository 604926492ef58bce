"""Reference solution for identity_equality.py."""

MISSING = object()


def lookup(table: dict, key, default=MISSING):
    if key in table:
        return table[key]
    if default is MISSING:  # "was a default given?" is a question about this very object
        raise KeyError(key)
    return default


def index_of(items, target) -> int:
    for position, item in enumerate(items):
        if item == target:  # equal values, whichever objects hold them
            return position
    return -1


def remove_listener(listeners: list, listener) -> None:
    # `in` and list.remove() compare with ==; find this very object by identity instead.
    for position, registered in enumerate(listeners):
        if registered is listener:
            del listeners[position]
            return
