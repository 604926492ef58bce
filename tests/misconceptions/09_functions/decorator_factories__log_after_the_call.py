"""Misconception: the top decorator is applied last, so its wrapper runs last.

checklist: none
"""


def tag_calls(label: str, log: list):
    def decorate(function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            result = function(*args, **kwargs)
            log.append(label)
            return result

        return wrapper

    return decorate
