"""Alternative: the range check is membership in range(1, 65536), and port_or_default suppresses the ValueError.

One ValueError for every bad text, raised after the conversion instead of inside its handler.
"""

import contextlib

PORTS = range(1, 65536)


def parse_port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = None
    if port not in PORTS:
        raise ValueError(f"{text!r} is not a TCP port (1-65535)")
    return port


def port_or_default(text: str, default: int) -> int:
    with contextlib.suppress(ValueError):
        return parse_port(text)
    return default
