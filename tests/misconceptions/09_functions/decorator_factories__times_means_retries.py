"""Misconception: retry(times=3) means three retries after the first call.

checklist: none
"""


def retry(times: int, exceptions=(Exception,)):
    if times < 1:
        raise ValueError(f"retry needs times >= 1, got {times}")

    def decorate(function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            for attempt in range(0, times + 1):  # a local counter: every call starts afresh
                try:
                    return function(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise

        return wrapper

    return decorate
