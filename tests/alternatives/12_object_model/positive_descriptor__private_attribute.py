"""Alternative: the descriptor keeps each value in the instance under a private name ("_quantity").

Like property over a "_x" attribute: __set_name__ derives the storage name, getattr/setattr
go through the instance's normal machinery (a class with __slots__ naming the private
attribute would work too), and a missing value is the AttributeError getattr raises.
"""


class Positive:
    def __set_name__(self, owner, name):
        self.name = name
        self.storage = f"_{name}"

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return getattr(instance, self.storage)
        except AttributeError:
            raise AttributeError(f"{type(instance).__name__!r} object has no attribute {self.name!r}") from None

    def __set__(self, instance, value):
        if value <= 0:
            raise ValueError(f"{self.name} must be greater than zero, not {value!r}")
        setattr(instance, self.storage, value)


class Order:
    quantity = Positive()
    price = Positive()

    def __init__(self, quantity, price):
        self.quantity = quantity
        self.price = price

    @property
    def total(self):
        return self.quantity * self.price
