"""Reference solution for dict_views.py."""


class Registry:
    """Plugins registered by name, in the order they were first registered."""

    def __init__(self):
        self._plugins = {}

    def register(self, name: str, plugin) -> None:
        """Register plugin under name; a name registered again keeps its place."""
        self._plugins[name] = plugin

    def names(self):
        """The names registered so far, in order: a snapshot that later registrations leave alone."""
        return list(self._plugins)

    def live_names(self):
        """A live, read-only view of the names: it shows later registrations as they happen."""
        return self._plugins.keys()


def changed_keys(old: dict, new: dict) -> dict:
    """Compare two configs. Return {"added": keys only in new, "removed": keys only in old,
    "changed": keys in both whose values differ}, each a set. Neither config is changed."""
    return {
        "added": set(new.keys() - old.keys()),
        "removed": set(old.keys() - new.keys()),
        "changed": {key for key in old.keys() & new.keys() if old[key] != new[key]},
    }
