"""Kata: validation behind an attribute, without changing a single caller.

Task: Thermostat.target is a plain attribute that code everywhere reads and assigns:

    thermostat = Thermostat(21)
    thermostat.target = 23
    thermostat.target += 1
    del thermostat.target          # meant to put the default back; today it breaks the object

Fix Thermostat so that:

- a target outside 5 to 30 (degrees) is refused with ValueError, whichever way it is set,
  Thermostat(99) included, and a refused assignment keeps the old value;
- `del thermostat.target` puts the default, Thermostat.DEFAULT, back;
- every caller above keeps working unchanged: target is still read and assigned as an
  attribute (no get_target() or set_target()), and reading it gives the number.
"""


class Thermostat:
    DEFAULT = 20
    LOWEST, HIGHEST = 5, 30

    def __init__(self, target=DEFAULT):
        self.target = target
