"""Misconception: __get__ can hand out the wrapped function's own bound method.

ada.greet then works, but the call goes straight to the original function and never through
the decorator: nothing is counted.

checklist: none
"""


class CountCalls:
    def __init__(self, function):
        functools.update_wrapper(self, function)
        self.function = function
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.function(*args, **kwargs)

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return self.function.__get__(instance, owner)
