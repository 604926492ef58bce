"""Kata: raise for errors, don't return codes.

Task: implement parse_port and port_or_default.

A function that returns -1, 0, None or False for bad input hands its caller a value that
looks like a result. The caller who forgets to check carries on with it, and the failure
shows up far away. Raise instead: the caller who forgets to handle it gets a traceback
that points at the cause, and the caller who cares writes try/except.
"""


def parse_port(text: str) -> int:
    """Return the TCP port written in text, such as "8080" or " 443 ": an int from 1 to 65535.

    Anything else ("", "http", "0", "65536", "-1", "8.5") raises ValueError with a message that
    quotes the text. Never return a stand-in value such as -1, 0, None or False.
    """
    raise NotImplementedError("parse_port: the port number that text names; anything else is an error")


def port_or_default(text: str, default: int) -> int:
    """parse_port(text), or default when text is not a port. The caller decides, with try/except."""
    raise NotImplementedError("port_or_default: the port that text names, or default when it names none")
