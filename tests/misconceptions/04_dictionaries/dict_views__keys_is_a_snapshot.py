"""Misconception: keys() returns a snapshot of the keys, like a list.

checklist: dictionaries.live_views
"""


class Registry:
    def __init__(self):
        self._plugins = {}

    def register(self, name: str, plugin) -> None:
        self._plugins[name] = plugin

    def names(self):
        return self._plugins.keys()

    def live_names(self):
        return self._plugins.keys()


def changed_keys(old: dict, new: dict) -> dict:
    return {
        "added": set(new.keys() - old.keys()),
        "removed": set(old.keys() - new.keys()),
        "changed": {key for key in old.keys() & new.keys() if old[key] != new[key]},
    }
