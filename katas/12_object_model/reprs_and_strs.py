"""Kata: __repr__ for developers, __str__ for users.

Task: implement __repr__ and __str__ of Temperature and Sensor.

- repr() is what a developer reads in a log line, a traceback, a debugger or a list: it must be
  unambiguous. Here, make it valid Python that rebuilds an equal object of the same class,
  e.g. repr(Temperature(21.5)) == "Temperature(21.5)".
- str() is what a user reads: str(Temperature(21.5)) == "21.5 °C" and
  str(Sensor("kitchen", Temperature(21.5))) == "kitchen: 21.5 °C".
"""


class Temperature:
    def __init__(self, celsius: float):
        self.celsius = celsius

    def __eq__(self, other):
        if not isinstance(other, Temperature):
            return NotImplemented
        return type(self) is type(other) and self.celsius == other.celsius

    def __hash__(self) -> int:
        return hash(self.celsius)

    def __repr__(self) -> str:
        raise NotImplementedError("Temperature.__repr__: Python that rebuilds an equal object")

    def __str__(self) -> str:
        raise NotImplementedError("Temperature.__str__: the temperature as a user reads it")


class Sensor:
    def __init__(self, name: str, temperature: Temperature):
        self.name = name
        self.temperature = temperature

    def __eq__(self, other):
        if not isinstance(other, Sensor):
            return NotImplemented
        return (self.name, self.temperature) == (other.name, other.temperature)

    def __hash__(self) -> int:
        return hash((self.name, self.temperature))

    def __repr__(self) -> str:
        raise NotImplementedError("Sensor.__repr__: Python that rebuilds an equal object")

    def __str__(self) -> str:
        raise NotImplementedError("Sensor.__str__: the sensor as a user reads it")
