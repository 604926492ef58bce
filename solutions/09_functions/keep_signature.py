"""Reference solution for keep_signature.py."""

import functools


def counted(function):
    # wraps copies __name__, __doc__, __qualname__, __module__, __dict__ and sets __wrapped__,
    # which inspect.signature follows to report the original signature.
    @functools.wraps(function)
    def wrapper(*args, **kwargs):  # forward every argument, positional and keyword
        wrapper.calls += 1
        return function(*args, **kwargs)

    wrapper.calls = 0
    return wrapper
