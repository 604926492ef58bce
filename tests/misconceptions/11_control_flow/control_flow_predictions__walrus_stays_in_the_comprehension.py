"""Misconception: a name bound with := inside a comprehension is local to the comprehension, like its loop variable.

checklist: none
"""

walrus_in_a_comprehension.prediction = NameError
