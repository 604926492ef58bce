"""Misconception: settings.get("timeout", DEFAULT) gives the default whenever no timeout is configured.

It keeps 0, but an explicit None is returned as it is: the default only covers a missing key.

checklist: none
override: whole
"""

DEFAULT_TIMEOUT = 30


def pick_timeout(settings: dict):
    return settings.get("timeout", DEFAULT_TIMEOUT)


def is_admin(user) -> bool:
    return bool(user) and user.get("role") == "admin"


def read_blocks(read, size: int) -> list:
    blocks = []
    while (block := read(size)) != b"":
        blocks.append(block)
    return blocks


def parse_numbers(tokens, convert) -> list:
    return [number for token in tokens if (number := convert(token)) is not None]
