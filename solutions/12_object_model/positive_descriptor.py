"""Reference solution for positive_descriptor.py."""


class Positive:
    def __set_name__(self, owner, name):
        """Called once, when the class body that assigns this descriptor to `name` is done."""
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError(f"{type(instance).__name__!r} object has no attribute {self.name!r}") from None

    def __set__(self, instance, value):
        if not value > 0:
            raise ValueError(f"{self.name} must be greater than zero, not {value!r}")
        # A data descriptor (it has __set__) wins over the instance dict, so the same name is safe.
        instance.__dict__[self.name] = value


class Order:
    quantity = Positive()
    price = Positive()

    def __init__(self, quantity, price):
        self.quantity = quantity
        self.price = price

    @property
    def total(self):
        return self.quantity * self.price
