"""Misconception: settings.get(name) returning None means the name is missing.

checklist: functions.mutable_defaults
"""


def setting(settings: dict, name: str, default=_MISSING):
    value = settings.get(name)
    if value is None:
        if default is _MISSING:
            raise KeyError(name)
        return default
    return value
