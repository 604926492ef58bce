"""Misconception: to add context, raise a new exception with a longer message (the cause and the original object are lost).

checklist: none
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
            raise ConfigError(f"line {number}: {error}") from error
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
        raise ConfigError(f"{error} (while loading {name})") from None
