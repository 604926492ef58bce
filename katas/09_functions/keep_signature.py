"""Kata: a decorator that keeps the function it wraps recognisable.

Task: `counted` counts calls, but a function it decorates loses its name, its docstring, its
annotations and its signature (help(), inspect.signature, typing.get_type_hints and every
framework that reads them see a bare `wrapper`), and calls with keyword arguments fail. Fix
the decorator.
"""


def counted(function):
    """Decorate function so that calling it works as before and decorated.calls counts the calls."""

    def wrapper(*args):
        wrapper.calls += 1
        return function(*args)

    wrapper.calls = 0
    return wrapper
