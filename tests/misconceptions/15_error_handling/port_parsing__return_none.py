"""Misconception: None is the honest result for "no port" (it travels on until something far away fails).

checklist: error_handling.raise_not_return
"""


def parse_port(text: str):
    stripped = text.strip()
    if not stripped.isdigit():
        return None
    port = int(stripped)
    return port if 1 <= port <= 65535 else None


def port_or_default(text: str, default: int) -> int:
    port = parse_port(text)
    return default if port is None else port
