"""Alternative: the same signatures with other bodies: dict() with keywords, clamping by the median of three, and dict unpacking.

The kinds and the order of the parameters cannot differ (that is the lesson); what each function
does with them can: clamp takes the middle of (low, value, high) when low <= high.
"""


def connect(host, port=5432, *, timeout=10.0, retries=3) -> dict:
    return dict(host=host, port=port, timeout=timeout, retries=retries)


def clamp(value, /, low=0, high=100):
    if low > high:
        return low
    return sorted((low, value, high))[1]


def log_event(level, *parts, sep=" ", **fields) -> dict:
    return {"level": level, "message": sep.join(map(str, parts)), "fields": {**fields}}
