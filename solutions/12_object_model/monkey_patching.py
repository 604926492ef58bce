"""Reference solution for monkey_patching.py."""

from unittest import mock


def teach(cls: type, name: str, function) -> type:
    try:
        # A function stored on the class becomes a method of every instance, old and new:
        # instances find it through their class on each read.
        setattr(cls, name, function)
    except TypeError:
        # "cannot set 'name' attribute of immutable type 'int'": built-in and extension
        # types are immutable. A subclass made in Python is not, and inherits everything.
        return type(cls.__name__, (cls,), {name: function})
    return cls


def frozen_now(clock_class: type, when, action):
    # patch.object saves what the class's own namespace held (the staticmethod or classmethod
    # object, not what reading it gives), and on exit puts it back, or deletes its stand-in
    # where the class only inherited the attribute. A Mock is no descriptor: called through
    # an instance it receives no self.
    with mock.patch.object(clock_class, "now", return_value=when):
        return action()
