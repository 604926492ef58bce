"""Kata: identity (`is`) versus equality (`==`).

Task: the three functions below each use the wrong comparison somewhere. Fix them so every
docstring holds, for every kind of value a caller may pass.

`a is b` asks "are these the very same object?"; `a == b` asks "are these equal?", and the
objects themselves decide what that means (__eq__). Which one does each function mean?
"""

MISSING = object()  # a sentinel: "no default given", distinct from every value a caller can pass


def lookup(table: dict, key, default=MISSING):
    """Return table[key]. For a missing key, return default, or raise KeyError if none was given.

    Any object may be passed as default: None, 0, or an object whose __eq__ says it equals everything.
    """
    if key in table:
        return table[key]
    if default == MISSING:
        raise KeyError(key)
    return default


def index_of(items, target) -> int:
    """Return the position of the first item equal to target, or -1 if no item is."""
    for position, item in enumerate(items):
        if item is target:
            return position
    return -1


def remove_listener(listeners: list, listener) -> None:
    """Unregister exactly this listener object, leaving any other listener that merely compares equal.

    Do nothing if this very object is not in the list.
    """
    if listener in listeners:
        listeners.remove(listener)
