"""Misconception: __init__ may set self._target directly; the setter is for callers.

Then Thermostat(99) is built without a check. Assign self.target in __init__ so that the one
setter guards every way in.

checklist: none
"""


class Thermostat:
    DEFAULT = 20
    LOWEST, HIGHEST = 5, 30

    def __init__(self, target=DEFAULT):
        self._target = target

    @property
    def target(self):
        return self._target

    @target.setter
    def target(self, value):
        if not self.LOWEST <= value <= self.HIGHEST:
            raise ValueError(f"target must be between {self.LOWEST} and {self.HIGHEST}")
        self._target = value

    @target.deleter
    def target(self):
        self._target = self.DEFAULT
