"""Misconception: EAFP means `except Exception` (a broken settings store then looks like a missing key).

checklist: none
"""


def read_setting(settings, name: str, default=None):
    try:
        return settings[name]
    except Exception:
        return default
