"""Misconception: a WeakKeyDictionary keyed by instance is the right place for a descriptor's values.

It frees the instances, unlike a plain dict, but it still hashes them: any class that defines
__eq__ and no __hash__ (every mutable value class) gets TypeError: unhashable type. Values
belong in the instance itself (its __dict__, or a slot).

checklist: none
"""

import weakref


class Positive:
    def __set_name__(self, owner, name):
        self.name = name
        self.values = weakref.WeakKeyDictionary()

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return self.values[instance]
        except KeyError:
            raise AttributeError(self.name) from None

    def __set__(self, instance, value):
        if not value > 0:
            raise ValueError(f"{self.name} must be greater than zero")
        self.values[instance] = value


class Order:
    quantity = Positive()
    price = Positive()

    def __init__(self, quantity, price):
        self.quantity = quantity
        self.price = price

    @property
    def total(self):
        return self.quantity * self.price
