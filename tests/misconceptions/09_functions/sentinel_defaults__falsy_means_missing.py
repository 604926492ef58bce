"""Misconception: `at = at or clock()` means "read the clock when no time was given".

It also reads the clock when the caller gave a falsy time, such as at=0.

checklist: functions.mutable_defaults
"""


def stamp(message, at=None):
    at = at or clock()
    return (at, message)


def setting(settings: dict, name: str, default=_MISSING):
    if name in settings:
        return settings[name]
    if default is _MISSING:
        raise KeyError(name)
    return default
