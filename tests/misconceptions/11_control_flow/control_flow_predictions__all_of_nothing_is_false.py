"""Misconception: all([]) is False because there is nothing that is true.

checklist: none
"""

all_and_any_of_nothing.prediction = "False False False False"
