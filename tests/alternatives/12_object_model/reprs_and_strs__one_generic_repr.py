"""Alternative: one mixin builds every repr from the constructor's arguments, named by _repr_args.

The repr is still type(self).__name__ and the repr of each part, so a subclass reports itself;
str stays per class, for users.
"""


class ReprFromArgs:
    _repr_args: tuple = ()

    def __repr__(self) -> str:
        args = ", ".join(repr(getattr(self, name)) for name in self._repr_args)
        return f"{type(self).__name__}({args})"


class Temperature(ReprFromArgs):
    _repr_args = ("celsius",)

    def __init__(self, celsius: float):
        self.celsius = celsius

    def __eq__(self, other):
        if not isinstance(other, Temperature):
            return NotImplemented
        return type(self) is type(other) and self.celsius == other.celsius

    def __hash__(self) -> int:
        return hash(self.celsius)

    def __str__(self) -> str:
        return f"{self.celsius} °C"


class Sensor(ReprFromArgs):
    _repr_args = ("name", "temperature")

    def __init__(self, name: str, temperature: Temperature):
        self.name = name
        self.temperature = temperature

    def __eq__(self, other):
        if not isinstance(other, Sensor):
            return NotImplemented
        return (self.name, self.temperature) == (other.name, other.temperature)

    def __hash__(self) -> int:
        return hash((self.name, self.temperature))

    def __str__(self) -> str:
        return ": ".join((self.name, str(self.temperature)))
