"""Kata: a decorator written as a class, that also works on methods.

Task: CountCalls counts how often the function it decorates is called. It works on plain
functions, but a method decorated with it fails:

    class Greeter:
        def __init__(self, name):
            self.name = name

        @CountCalls
        def greet(self, greeting):
            return f"{greeting}, {self.name}"

    Greeter("Ada").greet("Hello")  # TypeError: greet() missing 1 required positional argument

Fix CountCalls so that:

- ada.greet("Hello") passes ada as self, and returns "Hello, Ada";
- Greeter.greet is the CountCalls object itself, so Greeter.greet.calls counts the calls made
  through every instance (and Greeter.greet(ada, "Hi") still works);
- each call goes to the instance it was taken from, even when several are taken first
  (say = ada.greet; other = bob.greet; say("Hi") greets Ada);
- plain functions keep working, with their name and docstring.
"""

import functools


class CountCalls:
    """Decorator: count the calls of the decorated function in .calls, and pass every call on."""

    def __init__(self, function):
        functools.update_wrapper(self, function)
        self.function = function
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.function(*args, **kwargs)
