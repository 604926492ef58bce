"""Kata: defaults are evaluated once, and the sentinel that means "nothing was passed".

Task: stamp() should read the clock on every call, yet every message gets the same time.
Fix it. Then implement setting(), where None is a perfectly good default for a caller
to pass, and decide what the default of its `default` parameter must be.
"""

import time

clock = time.time  # where stamp() reads the time; the tests replace it with a fake clock


def stamp(message, at=clock()):
    """Return (at, message). When the caller gives no `at`, use clock() at the moment of the call."""
    return (at, message)


def setting(settings: dict, name: str, default=None):
    """Return settings[name].

    When name is missing: return `default` if the caller passed one, whatever it is (None
    included); if the caller passed no default, raise KeyError(name).
    """
    raise NotImplementedError("setting: return settings[name], else the default the caller passed, else raise KeyError")
