"""Misconception: __get__ can store the instance on the decorator and return the decorator.

There is one CountCalls object per method, shared by every instance: taking ada.greet and then
bob.greet overwrites the stored instance, so calling the first greets Bob. The instance must
travel with the object __get__ returns (a bound method), as it does for functions.

checklist: none
"""


class CountCalls:
    def __init__(self, function):
        functools.update_wrapper(self, function)
        self.function = function
        self.calls = 0
        self.instance = None

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.instance is not None:
            args = (self.instance, *args)
        return self.function(*args, **kwargs)

    def __get__(self, instance, owner=None):
        self.instance = instance
        return self
