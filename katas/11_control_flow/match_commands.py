"""Kata: structural pattern matching, with capture patterns and guards.

Task: implement route and classify_status, each with one match statement.

`match` exists since Python 3.10, so every supported version (3.11 to 3.15) has it. Be ready to
say which names in a case pattern are looked up and which are bound, when a guard runs,
and what happens when no case matches.
"""

from http import HTTPStatus

DIRECTIONS = ("north", "south", "east", "west")


def route(command) -> tuple:
    """Turn a command, a list of words, into an action tuple.

    ["go", direction], direction in DIRECTIONS  -> ("move", direction)
    ["go", anything_else]                       -> ("error", f"cannot go {anything_else}")
    ["take", item, *more_items]                 -> ("take", (item, *more_items)), every item in order
    ["quit"] or ["exit"]                        -> ("quit",)
    anything else (other words, other lengths, a plain string) -> ("error", "unknown command")
    """
    raise NotImplementedError("route: match the command's shape and words, and return its action")


def classify_status(code: int) -> str:
    """Classify an HTTP status code for a client's retry logic.

    HTTPStatus.OK                                                   -> "ok"
    HTTPStatus.TOO_MANY_REQUESTS or HTTPStatus.SERVICE_UNAVAILABLE  -> "retry"
    any other code from 400 to 499                                  -> "client error"
    any other code from 500 to 599                                  -> "server error"
    anything else                                                   -> "unknown"

    Name the statuses through HTTPStatus, not as bare numbers.
    """
    raise NotImplementedError("classify_status: match the code against HTTPStatus names and ranges")
