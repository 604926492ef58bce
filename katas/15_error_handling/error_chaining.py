"""Kata: exception chaining with raise ... from, from None, and notes.

Task: implement load_config, setting and load_named.

When you turn a low-level error into one of your own, say how they are related:
`raise New(...) from error` records the original as __cause__ ("The above exception was
the direct cause of the following exception"). `raise New(...) from None` hides it: use it
when the original is an implementation detail. A bare `raise` inside except re-raises the
exception you caught, and exception.add_note(text) (Python 3.11+) adds a line to its
traceback without replacing it.
"""


class ConfigError(Exception):
    """A problem in a configuration: its message says where."""


def load_config(lines: list[str]) -> dict[str, int]:
    """Parse lines of "name = integer" into {name: integer}; blank lines and lines starting with # are skipped.

    A line that is not "name = integer" raises ConfigError("line N: ...", N counted from 1)
    caused by the original error: __cause__ is the ValueError that int() raised, or for a
    line without "=" or without a name before it ("= 5") a ValueError of your own.
    """
    raise NotImplementedError("load_config: parse the lines into a dict; a bad line raises ConfigError naming its line")


def setting(config: dict[str, int], name: str) -> int:
    """Return config[name]. When that lookup raises KeyError, raise ConfigError("missing setting 'name'") instead,

    hiding the KeyError from the traceback: it is a detail of how settings are stored.
    Any other error of the lookup (config may be a dict subclass that asks a remote store)
    is not a missing setting: it reaches the caller unchanged.
    """
    raise NotImplementedError("setting: the value of name; a missing name raises ConfigError, not KeyError")


def load_named(name: str, lines: list[str]) -> dict[str, int]:
    """load_config(lines); a ConfigError it raises gets the note "while loading <name>" and is re-raised as it is.

    The same exception object must reach the caller, its cause intact.
    """
    raise NotImplementedError("load_named: load_config(lines); its ConfigError reaches the caller saying which config")
