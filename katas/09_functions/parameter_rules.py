"""Kata: parameter kinds, and the one order Python accepts them in.

Task: give each function below the signature (and a one-line body) that accepts exactly the
calls its docstring allows and makes every other call a TypeError. The tests call the
functions and read their signatures with inspect.signature.

Every kind of parameter has one place in a `def` line. Put one in the wrong place and the
module no longer compiles: if the tests report that this module cannot be imported, that is why.
"""


def connect(*args, **kwargs) -> dict:
    """Return {"host": host, "port": port, "timeout": timeout, "retries": retries}.

    host is required. port defaults to 5432 and may be passed by position or by keyword.
    timeout (default 10.0) and retries (default 3) may only be passed by keyword, so that
    connect("db", 5432, 30) is a TypeError instead of a silent mix-up.
    """
    raise NotImplementedError("connect: write the signature; timeout and retries are keyword-only")


def clamp(*args, **kwargs):
    """Return value limited to the range [low, high]; low defaults to 0 and high to 100.

    value may only be passed by position: clamp(value=5) is a TypeError, so the parameter
    can be renamed later without breaking any caller. low and high may be passed either way.
    """
    raise NotImplementedError("clamp: write the signature; value is positional-only")


def log_event(*args, **kwargs) -> dict:
    """Return {"level": level, "message": the parts joined by sep, "fields": the extra keywords}.

    level comes first and is required; any number of message parts follow it; sep (default
    " ") may only be passed by keyword; every other keyword argument goes into fields:

        log_event("WARN", "disk", "full", sep="-", host="db1")
        == {"level": "WARN", "message": "disk-full", "fields": {"host": "db1"}}
    """
    raise NotImplementedError("log_event: write the signature with a level, message parts, sep and extra fields")
