"""Misconception: `settings.get(name) or default` reads a setting (0, '' and None that are set become the default).

checklist: none
"""


def read_setting(settings, name: str, default=None):
    return settings.get(name) or default
