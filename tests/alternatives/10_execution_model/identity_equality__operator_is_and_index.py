"""Alternative: operator.is_ for the sentinel, list.index with a fallback for the search, and slice assignment that drops that very object.

index_of leans on list.index, which compares with == (after an identity shortcut), and turns its
ValueError into -1; remove_listener deletes its slot in place with a slice assignment.
"""

import operator


def lookup(table: dict, key, default=MISSING):  # noqa: F821 - the module's own sentinel
    if key in table:
        return table[key]
    if operator.is_(default, MISSING):  # noqa: F821
        raise KeyError(key)
    return default


def index_of(items, target) -> int:
    try:
        return list(items).index(target)
    except ValueError:
        return -1


def remove_listener(listeners: list, listener) -> None:
    for position in range(len(listeners)):
        if listeners[position] is listener:
            listeners[position:position + 1] = []
            return
