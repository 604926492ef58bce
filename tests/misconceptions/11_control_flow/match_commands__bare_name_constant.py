"""Misconception: a bare name in a case pattern is compared with the constant of that name.

`case OK:` is a capture pattern: it matches any subject and binds it to a new local OK.
(Before other cases Python rejects it as a SyntaxError; as the last case it silently
catches everything.) Only dotted names, such as HTTPStatus.OK, are compared with ==.

checklist: none
"""


OK = HTTPStatus.OK


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
