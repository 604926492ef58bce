"""Misconception: the factory's variables are fresh for each call of the decorated function, so a counter kept there starts from zero every time.

checklist: none
"""


def retry(times: int, exceptions=(Exception,)):
    if times < 1:
        raise ValueError(times)
    tries = 0

    def decorate(function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            nonlocal tries
            while True:
                tries += 1
                try:
                    return function(*args, **kwargs)
                except exceptions:
                    if tries >= times:
                        raise

        return wrapper

    return decorate
