"""Reference solution for match_commands.py."""

from http import HTTPStatus

DIRECTIONS = ("north", "south", "east", "west")


def route(command) -> tuple:
    match command:
        case ["go", direction] if direction in DIRECTIONS:  # capture, then the guard decides
            return ("move", direction)
        case ["go", direction]:  # the guard failed above: the next case is tried
            return ("error", f"cannot go {direction}")
        case ["take", item, *more_items]:  # at least one item; the star captures the rest as a list
            return ("take", (item, *more_items))
        case ["quit"] | ["exit"]:
            return ("quit",)
        case _:  # a str never matches a sequence pattern, so "quit" lands here too
            return ("error", "unknown command")


def classify_status(code: int) -> str:
    match code:
        case HTTPStatus.OK:  # a dotted name is a value pattern: compared with ==, never bound
            return "ok"
        case HTTPStatus.TOO_MANY_REQUESTS | HTTPStatus.SERVICE_UNAVAILABLE:
            return "retry"
        case status if 400 <= status < 500:
            return "client error"
        case status if 500 <= status < 600:
            return "server error"
        case _:
            return "unknown"
