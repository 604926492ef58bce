"""Alternative: retry as a while loop that counts attempts down, and tag_calls as a class whose instances decorate.

The count still lives in each call of the wrapper (never in the factory); the class keeps
label and log as attributes and returns a wraps-decorated wrapper from __call__.
"""

import functools


def retry(times: int, exceptions=(Exception,)):
    if times < 1:
        raise ValueError(f"retry needs times >= 1, got {times}")

    def decorate(function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            left = times
            while True:
                left -= 1
                try:
                    return function(*args, **kwargs)
                except exceptions:
                    if not left:
                        raise

        return wrapper

    return decorate


class tag_calls:  # a decorator factory, named like one
    def __init__(self, label: str, log: list):
        self.label, self.log = label, log

    def __call__(self, function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            self.log.append(self.label)
            return function(*args, **kwargs)

        return wrapper
