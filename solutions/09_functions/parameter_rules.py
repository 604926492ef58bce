"""Reference solution for parameter_rules.py."""


def connect(host, port=5432, *, timeout=10.0, retries=3) -> dict:
    # The bare * ends the positional parameters: everything after it must be named.
    return {"host": host, "port": port, "timeout": timeout, "retries": retries}


def clamp(value, /, low=0, high=100):
    # Everything before / is positional-only; its name is not part of the API.
    return max(low, min(value, high))


def log_event(level, *parts, sep=" ", **fields) -> dict:
    # After *parts, sep can only be reached by keyword; **fields collects the remaining keywords.
    return {"level": level, "message": sep.join(parts), "fields": fields}
