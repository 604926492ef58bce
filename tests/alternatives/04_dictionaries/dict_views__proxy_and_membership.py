"""Alternative: a read-only MappingProxyType for the live names, a list display for the snapshot, membership tests for the diff.

The reference hands out `dict.keys()` and `list(dict)` and uses set operations on keys views.
Here the registry keeps a MappingProxyType over its dict and hands out the keys of that proxy
(live, and no way to change the registry through it), the snapshot is unpacked into a new
list, and changed_keys builds each set with a comprehension that asks `in` of the other dict.
"""

from types import MappingProxyType


class Registry:
    def __init__(self):
        self._plugins = {}
        self._read_only = MappingProxyType(self._plugins)

    def register(self, name: str, plugin) -> None:
        self._plugins[name] = plugin

    def names(self):
        return [*self._plugins]

    def live_names(self):
        return self._read_only.keys()


def changed_keys(old: dict, new: dict) -> dict:
    return {
        "added": {key for key in new if key not in old},
        "removed": {key for key in old if key not in new},
        "changed": {key for key in old if key in new and old[key] != new[key]},
    }
