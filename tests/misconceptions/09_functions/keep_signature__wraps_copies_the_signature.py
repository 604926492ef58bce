"""Misconception: functools.wraps makes the wrapper accept the same arguments as the function.

wraps copies metadata (__name__, __doc__, __wrapped__, ...), so inspect.signature reports the
original signature, but the wrapper still accepts only what its own `def` line declares:
here, positional arguments only.

checklist: none
"""


def counted(function):
    @functools.wraps(function)
    def wrapper(*args):
        wrapper.calls += 1
        return function(*args)

    wrapper.calls = 0
    return wrapper
