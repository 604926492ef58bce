"""Misconception: handing out the dict itself is as good as a view, since it is live too.

It is live, and callers can now change the registry behind its back.

checklist: dictionaries.live_views
"""


class Registry:
    def __init__(self):
        self._plugins = {}

    def register(self, name: str, plugin) -> None:
        self._plugins[name] = plugin

    def names(self):
        return list(self._plugins)

    def live_names(self):
        return self._plugins


def changed_keys(old: dict, new: dict) -> dict:
    return {
        "added": set(new.keys() - old.keys()),
        "removed": set(old.keys() - new.keys()),
        "changed": {key for key in old.keys() & new.keys() if old[key] != new[key]},
    }
