"""Misconception: looping over d.keys() is safe, because keys() returns a copy of the keys.

keys() is a live view of the dict: deleting or adding keys during the loop still raises RuntimeError.

checklist: dictionaries.resize_while_iterating
"""


def drop_expired(sessions: dict, now: float) -> None:
    for token in sessions.keys():
        if sessions[token] < now:
            del sessions[token]


def add_aliases(commands: dict) -> None:
    for name in commands.keys():
        if name[0] not in commands:
            commands[name[0]] = commands[name]
