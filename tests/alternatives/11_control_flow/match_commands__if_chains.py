"""Alternative: route and classify_status without match: length checks and unpacking for the commands, a dict and ranges for the codes.

A str is refused as a command up front (it is a sequence, but a command is a list of words), as
sequence patterns refuse it.
"""

from collections.abc import Sequence
from http import HTTPStatus

_NAMED = {HTTPStatus.OK: "ok", HTTPStatus.TOO_MANY_REQUESTS: "retry", HTTPStatus.SERVICE_UNAVAILABLE: "retry"}


def route(command) -> tuple:
    if isinstance(command, (str, bytes, bytearray)) or not isinstance(command, Sequence) or not command:
        return ("error", "unknown command")
    verb, *rest = command
    if verb == "go" and len(rest) == 1:
        direction = rest[0]
        return ("move", direction) if direction in DIRECTIONS else ("error", f"cannot go {direction}")  # noqa: F821
    if verb == "take" and rest:
        return ("take", tuple(rest))
    if verb in ("quit", "exit") and not rest:
        return ("quit",)
    return ("error", "unknown command")


def classify_status(code: int) -> str:
    if code in _NAMED:
        return _NAMED[code]
    if code in range(400, 500):
        return "client error"
    if code in range(500, 600):
        return "server error"
    return "unknown"
