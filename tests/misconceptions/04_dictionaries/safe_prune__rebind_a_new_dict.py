"""Misconception: building a new, filtered dict and assigning it to the parameter updates the caller's dict.

The assignment only rebinds the local name; the caller's dict is untouched.

checklist: dictionaries.resize_while_iterating
"""


def drop_expired(sessions: dict, now: float) -> None:
    sessions = {token: expires for token, expires in sessions.items() if expires >= now}


def add_aliases(commands: dict) -> None:
    aliases = {}
    for name, handler in commands.items():
        if name[0] not in commands and name[0] not in aliases:
            aliases[name[0]] = handler
    commands = {**commands, **aliases}
