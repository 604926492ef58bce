"""Misconception: '0', ' ', [0] and (0,) are falsy because what they hold looks falsy.

checklist: none
"""

truthy_lookalikes.prediction = "['False']"
