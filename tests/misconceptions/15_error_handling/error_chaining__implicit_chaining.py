"""Misconception: raising inside the except block is the same as `raise ... from error` (it only sets __context__, not __cause__).

checklist: error_handling.raise_not_return
"""


def load_config(lines: list[str]) -> dict[str, int]:
    config = {}
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        try:
            name, value = text.split("=")
            config[name.strip()] = int(value)
        except ValueError as error:
            raise ConfigError(f"line {number}: {error}")
    return config


def setting(config: dict[str, int], name: str) -> int:
    try:
        return config[name]
    except KeyError:
        raise ConfigError(f"missing setting {name!r}") from None


def load_named(name: str, lines: list[str]) -> dict[str, int]:
    try:
        return load_config(lines)
    except ConfigError as error:
        error.add_note(f"while loading {name}")
        raise
