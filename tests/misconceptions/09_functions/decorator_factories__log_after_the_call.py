"""Misconception: the top decorator is applied last, so its wrapper runs last.

checklist: none
"""

import functools



def retry(times: int, exceptions=(Exception,)):
    if times < 1:
        raise ValueError(f"retry needs times >= 1, got {times}")

    def decorate(function):
        @functools.wraps(function)
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
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            result = function(*args, **kwargs)
            log.append(label)
            return result

        return wrapper

    return decorate
