"""Reference solution: let int() raise, check the range, raise ValueError (chained) for every bad text."""


def parse_port(text: str) -> int:
    """Return the TCP port written in text, such as "8080" or " 443 ": an int from 1 to 65535."""
    try:
        port = int(text)
    except ValueError as error:
        raise ValueError(f"not a port number: {text!r}") from error
    if not 1 <= port <= 65535:
        raise ValueError(f"port out of range 1-65535: {text!r}")
    return port


def port_or_default(text: str, default: int) -> int:
    """parse_port(text), or default when text is not a port. The caller decides, with try/except."""
    try:
        return parse_port(text)
    except ValueError:
        return default
