"""Misconception: the keys of `new.items() - old.items()` are the changed keys.

That difference holds added keys too, and it needs hashable values: a list value raises TypeError.

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
        return self._plugins.keys()


def changed_keys(old: dict, new: dict) -> dict:
    return {
        "added": set(new.keys() - old.keys()),
        "removed": set(old.keys() - new.keys()),
        "changed": {key for key, _ in new.items() - old.items()},
    }
