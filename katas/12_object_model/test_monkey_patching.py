"""Tests for monkey_patching.py: a class is an object you can change; built-in types are not; patches are undone."""

import collections
import datetime

import pytest

from dojo.testing import assert_returns, call_kata, kata_raises
from monkey_patching import frozen_now, teach

pytestmark = pytest.mark.checklist("object_model.monkey_patching")


def make_dog():
    """A fresh class per test, so a method taught in one test never reaches another."""

    class Dog:
        def __init__(self, name):
            self.name = name

        def bark(self):
            return f"{self.name} barks"

    return Dog


def wag(dog):
    return f"{dog.name} wags"


def test_a_class_takes_a_new_method_that_old_instances_see():
    Dog = make_dog()
    rex = Dog("Rex")
    taught = call_kata(teach, Dog, "wag", wag)
    assert taught is Dog, "a class made by a class statement takes new attributes: teach should change Dog itself"
    assert_returns(call_kata(lambda: rex.wag()), "Rex wags", "rex.wag() for a Dog made before teach")
    assert_returns(call_kata(lambda: Dog("Fido").wag()), "Fido wags", "Dog('Fido').wag()")
    assert_returns(rex.bark(), "Rex barks", "rex.bark() (the old methods stay)")
    assert "wag" not in vars(rex), "the method lives on the class, not in each instance"


def test_a_subclass_of_a_built_in_type_takes_new_methods():
    class Scores(list):
        pass

    scores = Scores([3, 4])
    taught = call_kata(teach, Scores, "total", lambda self: sum(self))
    assert taught is Scores, "a subclass of list made in Python accepts new attributes: teach should change it"
    assert_returns(call_kata(lambda: scores.total()), 7, "Scores([3, 4]).total()")


@pytest.mark.parametrize(
    ("builtin", "sample", "method", "expected"),
    [
        (int, 4, lambda n: n % 2 == 0, True),
        (str, "ada", lambda s: s.upper() + "!", "ADA!"),
        (collections.deque, [1, 2], lambda d: len(d) * 10, 20),
        (datetime.date, (2026, 12, 7), lambda d: d.weekday() == 0, True),
    ],
    ids=["int", "str", "deque", "date"],
)
def test_a_built_in_type_stays_untouched_and_a_subclass_gets_the_method(builtin, sample, method, expected):
    taught = call_kata(teach, builtin, "probe", method)
    assert not hasattr(builtin, "probe"), f"{builtin.__name__} itself must not change"
    assert isinstance(taught, type) and taught is not builtin and issubclass(taught, builtin), (
        f"{builtin.__name__} refuses new attributes (TypeError); teach should return a new subclass of it"
    )
    assert taught.__name__ == builtin.__name__, "the subclass keeps the name of the class it extends"
    made = taught(*sample) if isinstance(sample, tuple) else taught(sample)
    assert_returns(call_kata(lambda: made.probe()), expected, f"the new {builtin.__name__} subclass's probe()")


def make_clocks():
    """Three ways a class can hold `now`: a method, a staticmethod, and one inherited from a base."""

    class Clock:
        def now(self):
            return "real time"

    class UtcClock:
        @staticmethod
        def now():
            return "real UTC time"

    class WallClock(Clock):
        pass

    return Clock, UtcClock, WallClock


def test_now_is_frozen_during_the_action_through_class_and_instances():
    Clock, UtcClock, _ = make_clocks()
    seen = call_kata(frozen_now, Clock, "noon", lambda: (Clock().now(), Clock().now()))
    assert_returns(seen, ("noon", "noon"), "frozen_now(Clock, 'noon', read two clocks)")
    seen = call_kata(frozen_now, UtcClock, "midnight", lambda: (UtcClock.now(), UtcClock().now()))
    assert_returns(seen, ("midnight", "midnight"), "frozen_now(UtcClock, 'midnight', UtcClock.now() and UtcClock().now())")


def test_the_class_is_left_exactly_as_it_was():
    Clock, UtcClock, _ = make_clocks()
    method, static = vars(Clock)["now"], vars(UtcClock)["now"]
    call_kata(frozen_now, Clock, "noon", lambda: None)
    call_kata(frozen_now, UtcClock, "noon", lambda: None)
    assert vars(Clock)["now"] is method, "Clock's own namespace must hold the very function it held before"
    assert vars(UtcClock)["now"] is static, (
        "UtcClock's namespace held a staticmethod object; put back that object, not what reading UtcClock.now gave"
    )
    assert_returns(Clock().now(), "real time", "Clock().now() afterwards")
    assert_returns(UtcClock().now(), "real UTC time", "UtcClock().now() afterwards")


def test_an_inherited_now_leaves_no_copy_behind():
    Clock, _, WallClock = make_clocks()
    assert_returns(call_kata(frozen_now, WallClock, "noon", lambda: WallClock().now()), "noon", "WallClock().now()")
    assert "now" not in vars(WallClock), (
        "WallClock only inherited now; afterwards it must inherit it again, not keep a copy of its own"
    )
    Clock.now = lambda self: "patched on the base"
    assert_returns(WallClock().now(), "patched on the base", "WallClock().now() after Clock.now changed")


def test_the_class_is_restored_when_the_action_raises():
    Clock, _, _ = make_clocks()
    method = vars(Clock)["now"]

    def action():
        assert Clock().now() == "noon", "inside the action, now() should already be frozen"
        raise LookupError("the action failed")

    kata_raises(LookupError, frozen_now, Clock, "noon", action)
    assert vars(Clock)["now"] is method, "after an action that raised, Clock.now must be the original again"
    assert_returns(Clock().now(), "real time", "Clock().now() after the failed action")
