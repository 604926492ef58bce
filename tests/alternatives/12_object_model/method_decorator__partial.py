"""Alternative: __get__ returns functools.partial(self, instance) instead of a types.MethodType.

The partial holds the instance and calls the decorator with it first, so the count still goes
through __call__; unlike a bound method it has no __self__ or __name__ of its own.
"""

import functools


class CountCalls:
    def __init__(self, function):
        functools.update_wrapper(self, function)
        self.function = function
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.function(*args, **kwargs)

    def __get__(self, instance, owner=None):
        return self if instance is None else functools.partial(self, instance)
