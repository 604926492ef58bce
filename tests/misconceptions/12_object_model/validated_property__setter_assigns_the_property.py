"""Misconception: the setter stores the value with self.target = value.

self.target is the property itself: the assignment calls the setter again, forever
(RecursionError). The value needs another home: a private name, or the instance __dict__.

checklist: none
"""


class Thermostat:
    DEFAULT = 20
    LOWEST, HIGHEST = 5, 30

    def __init__(self, target=DEFAULT):
        self.target = target

    @property
    def target(self):
        return self.target

    @target.setter
    def target(self, value):
        if not self.LOWEST <= value <= self.HIGHEST:
            raise ValueError(f"target must be between {self.LOWEST} and {self.HIGHEST}")
        self.target = value

    @target.deleter
    def target(self):
        self.target = self.DEFAULT
