"""Misconception: assert is a fine way to validate input (it raises AssertionError, not ValueError, and vanishes under -O).

checklist: error_handling.raise_not_return
"""


def parse_port(text: str) -> int:
    assert text.strip().isdigit(), f"not a port number: {text!r}"
    port = int(text)
    assert 1 <= port <= 65535, f"port out of range: {text!r}"
    return port


def port_or_default(text: str, default: int) -> int:
    try:
        return parse_port(text)
    except AssertionError:
        return default
