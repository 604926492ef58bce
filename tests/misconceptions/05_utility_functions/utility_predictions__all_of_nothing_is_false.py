"""Misconception: all() of an empty input is False, because nothing was true.

checklist: utility_functions.any_all
"""

# The contract test appends this to solutions/05_utility_functions/utility_predictions.py: the reference answers, with the wrong belief's instead.
any_all_of_nothing.prediction = "False False False"
