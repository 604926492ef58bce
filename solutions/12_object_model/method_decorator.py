"""Reference solution for method_decorator.py."""

import functools
import types


class CountCalls:
    """Decorator: count the calls of the decorated function in .calls, and pass every call on."""

    def __init__(self, function):
        functools.update_wrapper(self, function)
        self.function = function
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.function(*args, **kwargs)

    def __get__(self, instance, owner=None):
        # What a function does: read through an instance, give a bound method (a new one each
        # time, holding that instance); read on the class, give the decorator itself.
        if instance is None:
            return self
        return types.MethodType(self, instance)
