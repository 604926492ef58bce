"""Misconception: returning -1 for bad input is a clear signal (a caller who forgets to check uses -1 as a port).

checklist: error_handling.raise_not_return
"""


def parse_port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        return -1
    return port if 1 <= port <= 65535 else -1


def port_or_default(text: str, default: int) -> int:
    port = parse_port(text)
    return default if port == -1 else port
