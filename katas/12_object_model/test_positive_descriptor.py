"""Tests for positive_descriptor.py: one descriptor per class attribute, one value per instance."""

import gc
import weakref

import pytest

from dojo.testing import KataFailure, call_kata, kata_raises
from positive_descriptor import Order, Positive

pytestmark = pytest.mark.checklist("object_model.attribute_lookup")


class Box:
    """A second class using the descriptor: nothing in Positive may assume it serves Order."""

    width = Positive()
    height = Positive()


class Parcel:
    """A value class: __eq__ and no __hash__, so its instances are unhashable, as they should be."""

    weight = Positive()

    def __init__(self, weight):
        self.weight = weight

    def __eq__(self, other):
        return isinstance(other, Parcel) and self.weight == other.weight


def test_each_order_keeps_its_own_values():
    small, large = call_kata(Order, 2, 1.5), call_kata(Order, 40, 0.25)
    assert (small.quantity, small.price, large.quantity, large.price) == (2, 1.5, 40, 0.25), (
        "each Order must keep its own quantity and price: the descriptor is shared by every Order, "
        "so the values cannot live on the descriptor"
    )
    assert (small.total, large.total) == (3.0, 10.0)


def test_zero_and_less_are_rejected_by_name():
    error = kata_raises(ValueError, Order, 0, 5)
    assert "quantity" in str(error), f"the message {str(error)!r} should name the attribute, quantity"
    order = call_kata(Order, 3, 5)
    error = kata_raises(ValueError, setattr, order, "price", -1)
    assert "price" in str(error), f"the message {str(error)!r} should name the attribute, price"
    assert order.price == 5, "a rejected assignment leaves the old value in place"


def test_any_class_can_use_it():
    box = Box()
    call_kata(setattr, box, "width", 3)
    call_kata(setattr, box, "height", 4)
    assert (box.width, box.height) == (3, 4), "Box keeps its width and height apart"
    error = kata_raises(ValueError, setattr, box, "height", 0)
    assert "height" in str(error), "__set_name__ tells each descriptor the name it was assigned to"


def test_a_value_never_assigned_is_a_missing_attribute():
    blank = Box()
    error = kata_raises(AttributeError, getattr, blank, "width")
    assert error.__context__ is None or error.__suppress_context__, (
        f"the AttributeError was raised while handling {type(error.__context__).__name__}: a traceback would show "
        "that inner error first, unlike any missing attribute. Raise the AttributeError on its own (raise ... from None)"
    )
    assert call_kata(getattr, blank, "width", "unset") == "unset", (
        "getattr(obj, name, default) and hasattr rely on AttributeError for a missing value"
    )


def test_read_on_the_class_it_is_the_descriptor():
    assert isinstance(call_kata(getattr, Order, "quantity"), Positive), (
        "Order.quantity calls __get__(None, Order): return the descriptor itself, as property does, "
        "so that help() and introspection can find it"
    )


def test_an_order_is_freed_when_nothing_refers_to_it():
    order = call_kata(Order, 1, 1)
    ref = weakref.ref(order)
    del order
    gc.collect()
    assert ref() is None, (
        "the Order is still alive after its last reference went away: something holds it. "
        "A dict keyed by instance in the descriptor keeps every Order ever made"
    )


def test_a_value_class_with_eq_and_no_hash_can_use_it():
    try:
        light, heavy = Parcel(2), Parcel(30)
        light.weight = 3
    except TypeError as error:
        raise KataFailure(
            f"Parcel raised TypeError: {error}. Parcel defines __eq__ and no __hash__, so its instances "
            "cannot be hashed; a descriptor that keys anything by the instance (a dict, a WeakKeyDictionary) "
            "cannot serve it. Keep each value in the instance itself"
        ) from error
    assert (light.weight, heavy.weight) == (3, 30), "each Parcel keeps its own weight"
    assert light == Parcel(3) and light != heavy, "Parcel's own __eq__ still decides equality"
