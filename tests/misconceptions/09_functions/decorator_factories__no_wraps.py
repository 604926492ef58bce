"""Misconception: a wrapper is invisible; it needs no functools.wraps.

checklist: none
"""


def retry(times: int, exceptions=(Exception,)):
    if times < 1:
        raise ValueError(f"retry needs times >= 1, got {times}")

    def decorate(function):
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):  # a local counter: every call starts afresh
                try:
                    return function(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise

        return wrapper

    return decorate


def tag_calls(label: str, log: list):
    def decorate(function):
        def wrapper(*args, **kwargs):
            log.append(label)
            return function(*args, **kwargs)

        return wrapper

    return decorate
