"""Alternative: build what stays and refill the caller's dict; collect the aliases first, then add them.

The reference deletes the expired keys found in a snapshot and adds aliases while looping over
a snapshot of the items. Here drop_expired computes the sessions to keep, then empties the
caller's dict and refills it (same object, order kept), and add_aliases picks each letter's
first handler in a separate dict before setdefault adds only the letters that are not taken;
compact keeps the items as a list of pairs, clears the dict and inserts them again.
"""


def drop_expired(sessions: dict, now: float) -> None:
    kept = {token: expires for token, expires in sessions.items() if expires >= now}
    sessions.clear()
    sessions.update(kept)


def add_aliases(commands: dict) -> None:
    aliases = {}
    for name, handler in commands.items():
        aliases.setdefault(name[0], handler)
    for alias, handler in aliases.items():
        commands.setdefault(alias, handler)


def compact(cache: dict) -> None:
    items = list(cache.items())  # the pairs, not a dict: update() inserts them one by one
    cache.clear()
    cache.update(items)
