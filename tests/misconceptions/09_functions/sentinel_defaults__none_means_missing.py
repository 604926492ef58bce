"""Misconception: `default=None` can mean "no default was given".

Then a caller cannot ask for None as the default: setting({}, "owner", None) raises KeyError.

checklist: functions.mutable_defaults
"""


def setting(settings: dict, name: str, default=None):
    if name in settings:
        return settings[name]
    if default is None:
        raise KeyError(name)
    return default
