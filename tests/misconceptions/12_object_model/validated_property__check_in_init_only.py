"""Misconception: validating the argument in __init__ protects the attribute.

Only construction is checked; `thermostat.target = 99`, `+=` and `del` go straight to the
instance dict. A property (or __setattr__) checks every assignment.

checklist: none
"""


class Thermostat:
    DEFAULT = 20
    LOWEST, HIGHEST = 5, 30

    def __init__(self, target=DEFAULT):
        if not self.LOWEST <= target <= self.HIGHEST:
            raise ValueError(f"target must be between {self.LOWEST} and {self.HIGHEST}")
        self.target = target
