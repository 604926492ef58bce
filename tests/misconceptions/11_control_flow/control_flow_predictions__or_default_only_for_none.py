"""Misconception: `given or default` replaces only None.

checklist: none
"""

or_replaces_every_falsy_value.prediction = "8080 0 22"
