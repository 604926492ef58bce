"""Reference solution for sentinel_defaults.py."""

import time

clock = time.time

# A private object no caller can pass by accident: "no argument" differs from every real value, None included.
_MISSING = object()


def stamp(message, at=None):
    # A default expression runs once, when `def` runs; clock() must run on every call instead.
    # `is None`, not `or`: a caller's at=0 is a real time.
    if at is None:
        at = clock()
    return (at, message)


def setting(settings: dict, name: str, default=_MISSING):
    try:
        return settings[name]
    except KeyError:
        if default is _MISSING:
            raise
        return default
