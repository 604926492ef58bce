"""Misconception: `from None` erases the original, so checking first and raising outside any except block is the same (it leaves nothing hidden, because nothing was caught).

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
    if name not in config:
        raise ConfigError(f"missing setting {name!r}")
    return config[name]


def load_named(name: str, lines: list[str]) -> dict[str, int]:
    try:
        return load_config(lines)
    except ConfigError as error:
        error.add_note(f"while loading {name}")
        raise
