"""Kata: never change a dict's size while iterating over it.

Task: drop_expired and add_aliases raise RuntimeError. Fix them so every docstring holds:
both change the caller's dict in place, as callers hold on to that very dict. Then implement
compact, for a cache that lives as long as the program and loses most of its keys now and then.

Iterating a dict (or its keys(), values() or items()) while adding or removing keys raises
RuntimeError: dictionary changed size during iteration. Changing the value of an existing
key is fine.
"""


def drop_expired(sessions: dict, now: float) -> None:
    """Remove, in place, every session whose expiry time (the value) is before now."""
    for token in sessions:
        if sessions[token] < now:
            del sessions[token]


def add_aliases(commands: dict) -> None:
    """For every command name, add its first letter as an alias for the same handler, in place.

    An alias never replaces a command or an earlier alias that has the same name.
    """
    for name, handler in commands.items():
        if name[0] not in commands:
            commands[name[0]] = handler


def compact(cache: dict) -> None:
    """Make the caller's dict, in place, take no more memory than a new dict holding the same items.

    Its items and their order stay as they are, and the caller keeps the very same dict object.
    The tests measure the memory with sys.getsizeof.
    """
    raise NotImplementedError("compact: make the caller's dict take only the memory its items need, in place")
