"""Alternative: a line is unpacked with split("=", 1) and a helper converts it; load_named re-raises the caught name.

`raise error` re-raises the same object as a bare `raise` does (its cause and notes stay);
the helper keeps the per-line try small.
"""


def _entry(text: str) -> tuple[str, int]:
    name, value = (part.strip() for part in text.split("=", 1))  # no "=": ValueError from the unpacking
    if not name:
        raise ValueError(f"no name before '=' in {text!r}")
    return name, int(value)


def load_config(lines: list[str]) -> dict[str, int]:
    config = {}
    for number, line in enumerate(lines, start=1):
        if line.strip() and not line.strip().startswith("#"):
            try:
                name, value = _entry(line)
            except ValueError as error:
                raise ConfigError(f"line {number}: {error}") from error  # noqa: F821
            config[name] = value
    return config


def load_named(name: str, lines: list[str]) -> dict[str, int]:
    try:
        return load_config(lines)
    except ConfigError as error:  # noqa: F821
        error.add_note(f"while loading {name}")
        raise error
