"""Misconception: a parameter with a default value is keyword-only.

A default makes a parameter optional, nothing more; it can still be filled by position, so
connect("db", 5432, 30) silently sets timeout to 30.

checklist: functions.parameter_order
"""


def connect(host, port=5432, timeout=10.0, retries=3) -> dict:
    return {"host": host, "port": port, "timeout": timeout, "retries": retries}


def clamp(value, /, low=0, high=100):
    return max(low, min(value, high))


def log_event(level, *parts, sep=" ", **fields) -> dict:
    return {"level": level, "message": sep.join(parts), "fields": fields}
