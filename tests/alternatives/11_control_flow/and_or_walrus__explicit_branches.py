"""Alternative: the same six answers with explicit branches, membership tests and loops instead of and/or and the walrus.

Each function names the one case that needs care (a missing key, no user, the empty read, a
conversion of 0, a text flag, no results) in an if statement of its own.
"""


def pick_timeout(settings: dict):
    if "timeout" in settings and settings["timeout"] is not None:
        return settings["timeout"]
    return DEFAULT_TIMEOUT  # noqa: F821 - the module's own constant


def is_admin(user) -> bool:
    if not user:
        return False
    return user.get("role") == "admin"


def read_blocks(read, size: int) -> list:
    blocks = []
    while True:
        block = read(size)
        if block == b"":
            return blocks
        blocks.append(block)


def parse_numbers(tokens, convert) -> list:
    converted = (convert(token) for token in tokens)
    return [number for number in converted if number is not None]


def flag_enabled(env: dict, name: str) -> bool:
    value = env.get(name)
    if value is None:
        return False
    return value.strip().casefold() in ("1", "true", "yes")


def all_checks_passed(results: list) -> bool:
    if len(results) == 0:
        return False
    return False not in map(bool, results)
