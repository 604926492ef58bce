"""Misconception: a parameter with a default value is keyword-only.

A default makes a parameter optional, nothing more; it can still be filled by position, so
connect("db", 5432, 30) silently sets timeout to 30.

checklist: functions.parameter_order
"""


def connect(host, port=5432, timeout=10.0, retries=3) -> dict:
    return {"host": host, "port": port, "timeout": timeout, "retries": retries}
