"""Misconception: a descriptor can keep the value on itself (self.value), like a property's backing field.

There is one descriptor per class attribute, shared by every instance: all Orders share one quantity.

checklist: none
"""


class Positive:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return self.value
        except AttributeError:
            raise AttributeError(self.name) from None

    def __set__(self, instance, value):
        if not value > 0:
            raise ValueError(f"{self.name} must be greater than zero")
        self.value = value


class Order:
    quantity = Positive()
    price = Positive()

    def __init__(self, quantity, price):
        self.quantity = quantity
        self.price = price

    @property
    def total(self):
        return self.quantity * self.price
