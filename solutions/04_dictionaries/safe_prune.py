"""Reference solution for safe_prune.py."""


def drop_expired(sessions: dict, now: float) -> None:
    """Remove, in place, every session whose expiry time (the value) is before now."""
    for token in [token for token, expires in sessions.items() if expires < now]:
        del sessions[token]


def add_aliases(commands: dict) -> None:
    """For every command name, add its first letter as an alias for the same handler, in place.

    An alias never replaces a command or an earlier alias that has the same name.
    """
    for name, handler in list(commands.items()):
        if name[0] not in commands:
            commands[name[0]] = handler


def compact(cache: dict) -> None:
    """Make the caller's dict, in place, take no more memory than a new dict holding the same items."""
    kept = dict(cache)  # a new dict is sized for the items it receives; deleting never shrank cache's table
    cache.clear()  # clear() drops the old table
    cache.update(kept)
