"""Kata: short-circuit `and`/`or`, and the walrus operator `:=`.

Task: the six functions below are short and each has one bug. Fix them so they do what
their docstrings say.

`and` and `or` stop evaluating as soon as the answer is known. What do they return: a bool,
or something else? And how tightly does `:=` bind compared with `!=`, `and` or a function call?
Which values are falsy, and what is all() of nothing?
"""

DEFAULT_TIMEOUT = 30  # seconds


def pick_timeout(settings: dict):
    """Return settings["timeout"] when a timeout is configured, else DEFAULT_TIMEOUT.

    A timeout is configured when the key is present and its value is not None. A timeout of
    0 is configured: it means "do not wait at all".
    """
    return settings.get("timeout") or DEFAULT_TIMEOUT


def is_admin(user) -> bool:
    """Return True if user is a dict whose "role" is "admin", else False.

    user may be None or an empty dict. The answer is always a real bool (it is stored as
    JSON, where None becomes null and {} stays an object).
    """
    return user and user.get("role") == "admin"


def read_blocks(read, size: int) -> list:
    """Call read(size) until it returns b"" (no more data); return the blocks read before that, in order.

    Never call read again after it has returned b"".
    """
    blocks = []
    while block := read(size) != b"":
        blocks.append(block)
    return blocks


def parse_numbers(tokens, convert) -> list:
    """Return convert(token) for every token whose conversion is not None, in order.

    convert is expensive: call it exactly once per token. 0 is a number like any other.
    """
    return [convert(token) for token in tokens if convert(token) is not None]


def flag_enabled(env: dict, name: str) -> bool:
    """Return True when env[name] is "1", "true" or "yes" (in any case, around any spaces).

    Anything else is False: a missing name, "", "0", "false", "no", "off".
    """
    return bool(env.get(name))


def all_checks_passed(results: list) -> bool:
    """Return True when at least one check ran and every check passed (results is a list of bools).

    A run with no checks at all has not passed.
    """
    return all(results)
