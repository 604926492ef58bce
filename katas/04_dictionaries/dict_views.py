"""Kata: keys(), values() and items() are live views, not copies.

Task: Registry hands out the wrong kind of name list twice, and changed_keys is a stub.
Fix and implement them so every docstring holds.

A view shows every later change to its dict, and iterating one while its dict changes size
raises RuntimeError. keys() and items() views are set-like: &, |, - and ^ work on them.
"""


class Registry:
    """Plugins registered by name, in the order they were first registered."""

    def __init__(self):
        self._plugins = {}

    def register(self, name: str, plugin) -> None:
        """Register plugin under name; a name registered again keeps its place."""
        self._plugins[name] = plugin

    def names(self):
        """The names registered so far, in order: a snapshot that later registrations leave alone."""
        return self._plugins.keys()

    def live_names(self):
        """A live, read-only view of the names: it shows later registrations as they happen."""
        return list(self._plugins)


def changed_keys(old: dict, new: dict) -> dict:
    """Compare two configs. Return {"added": keys only in new, "removed": keys only in old,
    "changed": keys in both whose values differ}, each a set. Neither config is changed."""
    raise NotImplementedError("changed_keys: the keys added, removed and changed between two configs")
