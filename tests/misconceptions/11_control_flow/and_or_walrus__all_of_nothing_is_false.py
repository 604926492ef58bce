"""Misconception: all([]) is False, because nothing in it is true.

checklist: none
"""


DEFAULT_TIMEOUT = 30


def pick_timeout(settings: dict):
    timeout = settings.get("timeout")
    # `or` would replace every falsy value, 0 included; test for the one value that means "unset".
    return DEFAULT_TIMEOUT if timeout is None else timeout


def is_admin(user) -> bool:
    # `user and ...` returns user itself (None, {}) when it is falsy; bool() makes the result a bool.
    return bool(user) and user.get("role") == "admin"


def read_blocks(read, size: int) -> list:
    blocks = []
    # := binds more loosely than !=, so the assignment needs its own parentheses.
    while (block := read(size)) != b"":
        blocks.append(block)
    return blocks


def parse_numbers(tokens, convert) -> list:
    # The walrus keeps each conversion for the result; `is not None` keeps 0, which is falsy.
    return [number for token in tokens if (number := convert(token)) is not None]


def flag_enabled(env: dict, name: str) -> bool:
    # Every non-empty string is truthy, "0" and "false" included: compare the text instead.
    return env.get(name, "").strip().lower() in {"1", "true", "yes"}


def all_checks_passed(results: list) -> bool:
    return all(results)
