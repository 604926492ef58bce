"""Tests for method_decorator.py: a callable object in a class body becomes a method only through __get__."""

import pytest

from dojo.testing import assert_returns, call_kata
from method_decorator import CountCalls

pytestmark = pytest.mark.checklist("object_model.methods")


def make_greeter():
    """A fresh class per test, so that counts never leak from one test to another."""

    class Greeter:
        def __init__(self, name):
            self.name = name

        @CountCalls
        def greet(self, greeting):
            """Greet with the greeting given."""
            return f"{greeting}, {self.name}"

    return Greeter


def test_a_decorated_method_gets_its_instance():
    Greeter = make_greeter()
    assert_returns(
        call_kata(Greeter("Ada").greet, "Hello"),
        "Hello, Ada",
        "Greeter('Ada').greet('Hello') (a function in a class body becomes a method because functions have "
        "__get__; a CountCalls object needs one too)",
    )

    @CountCalls
    def double(x):
        """Twice x."""
        return 2 * x

    assert_returns(call_kata(double, 4), 8, "double(4) on a plain function")
    assert (double.__name__, double.__doc__, double.calls) == ("double", "Twice x.", 1)


def test_calls_through_every_instance_are_counted_on_the_class():
    Greeter = make_greeter()
    ada, bob = Greeter("Ada"), Greeter("Bob")
    call_kata(ada.greet, "Hi")
    call_kata(bob.greet, "Hi")
    assert_returns(call_kata(Greeter.greet, ada, "Yo"), "Yo, Ada", "Greeter.greet(ada, 'Yo')")
    assert isinstance(Greeter.greet, CountCalls), (
        "read on the class, Greeter.greet is the decorator itself (as a function read on its class is the function)"
    )
    assert Greeter.greet.calls == 3, f"three calls were made, Greeter.greet.calls says {Greeter.greet.calls}"
    assert Greeter.greet.__name__ == "greet"


def test_each_call_goes_to_the_instance_it_was_taken_from():
    Greeter = make_greeter()
    ada, bob = Greeter("Ada"), Greeter("Bob")
    say, other = ada.greet, bob.greet
    assert_returns(
        call_kata(say, "Hi"),
        "Hi, Ada",
        "say = ada.greet; other = bob.greet; say('Hi') (the instance must travel with what ada.greet returned, "
        "not be stored on the one shared decorator)",
    )
    assert_returns(call_kata(other, "Hi"), "Hi, Bob", "other('Hi')")
