"""Alternative: no property; __setattr__ and __delattr__ guard the name "target", and object.__setattr__ stores it.

Every assignment to any attribute goes through type(self).__setattr__, so checking the one name
there guards the constructor, `=` and `+=` alike; object.__setattr__ does the real store without
calling the override again. Reading needs nothing: the value sits in the instance __dict__.
"""


class Thermostat:
    DEFAULT = 20
    LOWEST, HIGHEST = 5, 30

    def __init__(self, target=DEFAULT):
        self.target = target

    def __setattr__(self, name, value):
        if name == "target" and not self.LOWEST <= value <= self.HIGHEST:
            raise ValueError(f"target must be between {self.LOWEST} and {self.HIGHEST}, not {value!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == "target":
            object.__setattr__(self, name, self.DEFAULT)
        else:
            object.__delattr__(self, name)
