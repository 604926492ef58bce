"""Misconception: a dict on the descriptor, keyed by instance, is a harmless place for per-instance values.

Values stay apart, but the dict holds a strong reference to every instance ever given a value:
no Order is ever freed.

checklist: none
"""


class Positive:
    def __set_name__(self, owner, name):
        self.name = name
        self.values = {}

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
