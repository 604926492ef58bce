"""Misconception: a repr may be built from the str of its parts (f"Sensor({self.name}, ...)").

Sensor("21.5", ...) and Sensor(21.5, ...) then look alike, a quote in a name breaks it, and the
temperature inside shows as the user's text.

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
        return f"{type(self).__name__}({self.celsius})"

    def __str__(self) -> str:
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
        return f"{type(self).__name__}('{self.name}', {self.temperature})"

    def __str__(self) -> str:
        return f"{self.name}: {self.temperature}"
