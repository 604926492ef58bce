"""Misconception: __repr__ is just another pretty string, so it may return what the user sees.

A log line or a list then shows "21.5 °C": the class is gone and nothing rebuilds the object.

checklist: object_model.repr_vs_str
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
        return f"{self.celsius} °C"


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
        return f"{self.name}: {self.temperature}"
