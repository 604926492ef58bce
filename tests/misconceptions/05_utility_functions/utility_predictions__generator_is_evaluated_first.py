"""Misconception: all() sees the whole generator before it decides.

checklist: utility_functions.any_all
"""

# The contract test appends this to solutions/05_utility_functions/utility_predictions.py: the reference answers, with the wrong belief's instead.
all_stops_early.prediction = "False [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"
