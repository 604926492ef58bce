"""Misconception: `if (number := convert(token))` keeps every number.

The condition tests the number's truth value, and 0 is falsy: zeros are dropped.

checklist: none
override: whole
"""

DEFAULT_TIMEOUT = 30


def pick_timeout(settings: dict):
    timeout = settings.get("timeout")
    return DEFAULT_TIMEOUT if timeout is None else timeout


def is_admin(user) -> bool:
    return bool(user) and user.get("role") == "admin"


def read_blocks(read, size: int) -> list:
    blocks = []
    while block := read(size):
        blocks.append(block)
    return blocks


def parse_numbers(tokens, convert) -> list:
    return [number for token in tokens if (number := convert(token))]
