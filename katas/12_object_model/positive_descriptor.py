"""Kata: a descriptor that validates.

Task: implement Positive, a descriptor for numbers that must be greater than zero, so that
Order below (and any other class) can use it:

- assigning 0 or less raises ValueError, with a message that names the attribute ("quantity"),
  and leaves the old value in place;
- every object keeps its own values;
- reading an attribute that was never assigned raises AttributeError, like any missing attribute;
- read on the class (Order.quantity), it returns the descriptor itself, as property does;
- an Order is freed as soon as nothing else refers to it;
- it serves any class, a value class that defines __eq__ and no __hash__ included (its
  instances are unhashable, as they should be).

A descriptor is one object in the class body, shared by every instance of the class.
"""


class Positive:
    def __set_name__(self, owner, name):
        """Called once, when the class body that assigns this descriptor to `name` is done."""
        self.name = name

    def __get__(self, instance, owner=None):
        raise NotImplementedError("Positive.__get__: return the value stored for this instance")

    def __set__(self, instance, value):
        raise NotImplementedError("Positive.__set__: check the value, then store it for this instance")


class Order:
    quantity = Positive()
    price = Positive()

    def __init__(self, quantity, price):
        self.quantity = quantity
        self.price = price

    @property
    def total(self):
        return self.quantity * self.price
