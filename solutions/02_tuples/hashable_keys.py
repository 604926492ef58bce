"""Reference solution for hashable_keys.py."""


def freeze(value):
    """Return a hashable value that stands for value.

    freeze(a) == freeze(b) exactly when a == b. Lists become tuples, dicts become
    hashable values too (a dict's key order does not matter for ==), other values stay as
    they are. The caller's data is not changed.
    """
    if isinstance(value, list):
        return tuple(freeze(item) for item in value)
    if isinstance(value, dict):
        return frozenset((key, freeze(item)) for key, item in value.items())
    return value
