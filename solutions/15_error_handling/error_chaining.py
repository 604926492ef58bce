"""Reference solution: from error for a cause worth showing, from None for a detail, add_note and a bare raise."""


class ConfigError(Exception):
    """A problem in a configuration: its message says where."""


def load_config(lines: list[str]) -> dict[str, int]:
    """Parse lines of "name = integer" into {name: integer}; blank lines and lines starting with # are skipped."""
    config = {}
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        try:
            name, separator, value = text.partition("=")
            if not separator or not name.strip():
                raise ValueError(f"expected 'name = integer', got {text!r}")
            config[name.strip()] = int(value)
        except ValueError as error:
            raise ConfigError(f"line {number}: {error}") from error
    return config


def setting(config: dict[str, int], name: str) -> int:
    """Return config[name]. When that lookup raises KeyError, raise ConfigError("missing setting 'name'") instead,

    hiding the KeyError from the traceback: it is a detail of how settings are stored.
    Any other error of the lookup (config may be a dict subclass that asks a remote store)
    is not a missing setting: it reaches the caller unchanged.
    """
    try:
        return config[name]
    except KeyError:
        raise ConfigError(f"missing setting {name!r}") from None


def load_named(name: str, lines: list[str]) -> dict[str, int]:
    """load_config(lines); a ConfigError it raises gets the note "while loading <name>" and is re-raised as it is."""
    try:
        return load_config(lines)
    except ConfigError as error:
        error.add_note(f"while loading {name}")
        raise
