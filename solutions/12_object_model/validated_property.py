"""Reference solution for validated_property.py."""


class Thermostat:
    DEFAULT = 20
    LOWEST, HIGHEST = 5, 30

    def __init__(self, target=DEFAULT):
        self.target = target  # goes through the property's setter, so it is checked too

    @property
    def target(self):
        return self._target

    @target.setter
    def target(self, value):
        if not self.LOWEST <= value <= self.HIGHEST:
            raise ValueError(f"target must be between {self.LOWEST} and {self.HIGHEST}, not {value!r}")
        self._target = value

    @target.deleter
    def target(self):
        self._target = self.DEFAULT
