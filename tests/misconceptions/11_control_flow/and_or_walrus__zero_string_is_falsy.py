"""Misconception: the strings "0" and "false" are falsy, so bool() reads a flag.

checklist: none
"""


def flag_enabled(env: dict, name: str) -> bool:
    return bool(env.get(name))
