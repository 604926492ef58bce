"""Misconception: a bare name in a case pattern is compared with the constant of that name.

`case OK:` is a capture pattern: it matches any subject and binds it to a new local OK.
(Before other cases Python rejects it as a SyntaxError; as the last case it silently
catches everything.) Only dotted names, such as HTTPStatus.OK, are compared with ==.

checklist: none
"""

from http import HTTPStatus

DIRECTIONS = ("north", "south", "east", "west")
OK = HTTPStatus.OK


def route(command) -> tuple:
    match command:
        case ["go", direction] if direction in DIRECTIONS:
            return ("move", direction)
        case ["go", direction]:
            return ("error", f"cannot go {direction}")
        case ["take", item, *more_items]:
            return ("take", (item, *more_items))
        case ["quit"] | ["exit"]:
            return ("quit",)
        case _:
            return ("error", "unknown command")


def classify_status(code: int) -> str:
    match code:
        case HTTPStatus.TOO_MANY_REQUESTS | HTTPStatus.SERVICE_UNAVAILABLE:
            return "retry"
        case status if 400 <= status < 500:
            return "client error"
        case status if 500 <= status < 600:
            return "server error"
        case OK:  # believed to mean "code == OK"
            return "ok"
    return "unknown"
